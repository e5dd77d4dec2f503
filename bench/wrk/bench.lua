-- One wrk script for every operation, driven by environment variables set by bench/run.sh:
--   BENCH_OP     create | get | list | grades
--   BENCH_PATH   the path (for get: the prefix the id is appended to)
--   BENCH_TOKEN  bearer token (empty for the reference, which has no auth)
--   BENCH_DATA   directory holding ids.txt (work-order ids) and customers.txt ("customerId,equipmentId" lines)
-- done() prints one machine-readable line: RESULT requests rps p50_ms p99_ms non2xx socket_errors
local op = os.getenv("BENCH_OP")
local path = os.getenv("BENCH_PATH")
local token = os.getenv("BENCH_TOKEN") or ""
local data = os.getenv("BENCH_DATA") or "."

local headers = { ["Accept"] = "application/json" }
if token ~= "" then
  headers["Authorization"] = "Bearer " .. token
end

local function lines(file)
  local out = {}
  for line in io.lines(data .. "/" .. file) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

local ids, customers
local problems = {
  "Hydraulic pump loses pressure under load; the customer hears a knocking noise at start-up and sees oil under the machine.",
  "Engine will not start after the weekend; battery tested fine, starter clicks. Needed on site tomorrow morning.",
  "Control panel shows error E-214 intermittently, machine stops mid-cycle. Happened three times this week.",
}

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  if op == "get" then ids = lines("ids.txt") end
  if op == "create" then customers = lines("customers.txt") end
end

function request()
  if op == "get" then
    return wrk.format("GET", path .. ids[math.random(#ids)], headers)
  elseif op == "create" then
    local c = customers[math.random(#customers)]
    local customer, equipment = c:match("([^,]+),([^,]+)")
    local body = string.format(
      '{"customerId":"%s","equipmentId":"%s","problemDescription":"%s","priority":"%s","channel":"%s"}',
      customer, equipment, problems[math.random(#problems)], math.random(10) == 1 and "Urgent" or "Normal",
      math.random(2) == 1 and "Phone" or "WebForm")
    local h = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
    if token ~= "" then h["Authorization"] = "Bearer " .. token end
    return wrk.format("POST", path, h, body)
  else
    return wrk.format("GET", path, headers)
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %.1f %.2f %.2f %d %d\n", summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, socket))
end
