#!/usr/bin/env node
// Shim so npm can link the bin before the first build; the code lives in dist/.
import '../dist/cli.js';
