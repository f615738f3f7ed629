// jsdom lacks TextEncoder/TextDecoder, which react-router needs as soon as it is loaded.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
