-- Drives the language server with Neovim's built-in LSP client (0.7+: vim.lsp.start_client), a
-- client this project did not write: opens a broken manifest, waits for its diagnostics (the
-- cross-file "Service not found" comes last, after the index), asks for a hover and writes both
-- as JSON. Run by test/lsp/neovim.test.mjs: nvim --headless -u NONE -c 'luafile neovim.lua'.
local env = vim.env
local client_id = vim.lsp.start_client({
  name = 'statefulset-studio',
  cmd = { env.STS_NODE, env.STS_CLI, 'lsp', '--stdio' },
  root_dir = env.STS_ROOT,
})
vim.cmd('edit ' .. vim.fn.fnameescape(env.STS_FILE))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local waited = vim.wait(60000, function()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == 'sts-service-not-found' then return true end
  end
  return false
end, 50)

local result = { waited = waited, diagnostics = {}, hover = vim.NIL }
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.diagnostics, { code = code_of(d), message = d.message, lnum = d.lnum, col = d.col, severity = d.severity, source = d.source })
end
local position = { line = tonumber(env.STS_HOVER_LINE), character = tonumber(env.STS_HOVER_CHARACTER) }
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position }, 20000)
for _, response in pairs(responses or {}) do
  if response.result then result.hover = response.result.contents.value end
end

local out = io.open(env.STS_OUT, 'w')
out:write(vim.fn.json_encode(result))
out:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
