// The workspace's service starters (tools/services.cjs), re-exported inside the api project for its tests.
module.exports = require('../../../tools/services.cjs');
