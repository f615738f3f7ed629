/** The product's version, written in each backup's manifest (package.json's `version`, kept in step by hand). */
export const APPLICATION_VERSION = '0.1.0';
