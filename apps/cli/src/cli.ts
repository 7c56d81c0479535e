#!/usr/bin/env node
import { mainCommand } from './main-command.js';
import { runCli } from './run-cli.js';

const noColor = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
const code = await runCli(mainCommand, process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, noColor });
process.exitCode = code;
