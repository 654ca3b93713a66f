// How the extension starts `bote lsp`, as plain data (no `vscode` import),
// so that test/client.js can check it outside VS Code.
'use strict';

const os = require('os');
const path = require('path');

// The documents bote serves: .bote files, and Markdown docs for their ```bote blocks.
const documentSelector = [
  { scheme: 'file', language: 'bote' },
  { scheme: 'untitled', language: 'bote' },
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
];

// The settings package.json declares (`contributes.configuration`), read through `get(name, default)`.
function readSettings(get) {
  return {
    path: get('server.path', 'bote'),
    extraArgs: get('server.extraArgs', []),
  };
}

// `bote` from PATH or a configured path, then `lsp` and the extra arguments.
// `${workspaceFolder}` and a leading `~` in the path are expanded; a relative
// path with a folder in it (`.venv/bin/bote`) is taken from the workspace folder.
function serverCommand(settings, workspaceFolder, home = os.homedir()) {
  let command = String(settings.path || '').trim() || 'bote';
  if (workspaceFolder) {
    command = command.split('${workspaceFolder}').join(workspaceFolder);
  }
  if (command === '~' || command.startsWith('~/')) {
    command = path.join(home, command.slice(1));
  }
  if (workspaceFolder && !path.isAbsolute(command) && command.includes('/')) {
    command = path.join(workspaceFolder, command);
  }
  const extra = Array.isArray(settings.extraArgs) ? settings.extraArgs.map(String) : [];
  return { command, args: ['lsp', ...extra] };
}

module.exports = { documentSelector, readSettings, serverCommand };
