-- Headless Neovim (0.7+) check of the Signpost language server over stdio, as a Neovim user gets it:
-- the built-in LSP client starts `node dist/server.js --stdio`, opens a faulty stage 2 draft,
-- receives the (pushed) diagnostics, asks for the code actions on the wrong Ombudsman signposting,
-- applies "Replace with the Stage 3 Review Panel paragraph" and sees that diagnostic go away.
--
-- Run: SIGNPOST_SERVER=dist/server.js SIGNPOST_DRAFT=/tmp/x/draft.md \
--        nvim --headless --clean -u NONE -c 'luafile test/neovim/check.lua'
-- Exit code 0 = passed. test/neovim/neovim.test.mjs runs it on a temp copy of a fixture letter.

local server = assert(os.getenv('SIGNPOST_SERVER'), 'SIGNPOST_SERVER not set')
local draft = assert(os.getenv('SIGNPOST_DRAFT'), 'SIGNPOST_DRAFT not set')
local node = os.getenv('SIGNPOST_NODE') or 'node'
local timeout = tonumber(os.getenv('SIGNPOST_TIMEOUT_MS') or '30000')
local target = 'signpost/ombudsman-instead-of-stage3'
local fix_title = 'Replace with the Stage 3 Review Panel paragraph'

local function say(message)
  io.stdout:write(message .. '\n')
end

local function fail(message)
  io.stderr:write('not ok - ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function codes(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, string.format('%s@%d', tostring(d.code), d.lnum + 1))
  end
  table.sort(list)
  return list
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return d end
  end
  return nil
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'

  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'signpost',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(draft, ':p:h'),
    -- answered to the server's workspace/configuration request for section "signpost"
    settings = { signpost = { lintDelayMs = 0 } },
    on_exit = function(code, signal) exited = string.format('server exited (code %s, signal %s)', code, signal) end,
  })
  if not client_id then fail('could not start ' .. server) end
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- 1. the diagnostics arrive
  local expected = { 'law/next-stage-denied', target, 'signpost/speaks-for-ombudsman', 'signpost/missing-stage3-right' }
  local arrived = vim.wait(timeout, function()
    if exited then return true end
    for _, code in ipairs(expected) do
      if not has_code(bufnr, code) then return false end
    end
    return true
  end, 50)
  if exited then fail(exited) end
  if not arrived then fail('diagnostics did not arrive; got: ' .. table.concat(codes(bufnr), ', ')) end
  local before = codes(bufnr)
  say('ok - diagnostics: ' .. table.concat(before, ', '))
  local d = has_code(bufnr, target)
  if d.source ~= 'signpost' then fail('diagnostic source is ' .. tostring(d.source)) end
  if d.severity ~= vim.diagnostic.severity.ERROR then fail('severity is ' .. tostring(d.severity)) end

  -- 2. code actions at the diagnostic, as `vim.lsp.buf.code_action()` asks for them with the cursor there
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col + 1 })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr) }
  local responses, request_err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
  if not responses then fail('codeAction request failed: ' .. tostring(request_err)) end
  local action = nil
  local titles = {}
  for _, response in pairs(responses) do
    if response.err then fail('codeAction error: ' .. vim.inspect(response.err)) end
    for _, a in ipairs(response.result or {}) do
      table.insert(titles, a.title)
      if a.title == fix_title then action = a end
    end
  end
  say('ok - code actions: ' .. table.concat(titles, ' | '))
  if not action then fail('no "' .. fix_title .. '" action') end
  if not action.isPreferred then fail('the fix is not the preferred action') end

  -- 3. apply it (what choosing it in the code action menu does)
  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  if text:find('must now contact the Local Government', 1, true) then fail('the wrong signposting is still in the buffer') end
  if not text:find('Stage 3 Review Panel', 1, true) then fail('no Stage 3 paragraph in the buffer') end
  say('ok - edit applied')

  -- 4. the diagnostic goes away; the others stay
  local gone = vim.wait(timeout, function() return exited or not has_code(bufnr, target) end, 50)
  if exited then fail(exited) end
  if not gone then fail(target .. ' is still reported: ' .. table.concat(codes(bufnr), ', ')) end
  local after = codes(bufnr)
  if not has_code(bufnr, 'law/next-stage-denied') then fail('law/next-stage-denied went away too: ' .. table.concat(after, ', ')) end
  say('ok - after the fix: ' .. table.concat(after, ', '))

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return exited ~= nil end, 50)
end)
if not ok then fail(tostring(err)) end
say('neovim: passed')
vim.cmd('qall!')
