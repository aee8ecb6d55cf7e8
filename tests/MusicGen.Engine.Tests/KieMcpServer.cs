using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace MusicGen.Engine.Tests
{
    /// <summary>
    /// A Suno client no one here wrote: npm @felores/kie-ai-mcp-server 5.0.0, an MCP server for Kie.ai,
    /// whose Suno API is sunoapi.org's (same paths under /api/v1, same envelopes). Installed once beside
    /// the tests; each <see cref="Session"/> runs it over stdio, pointed at the simulator, and calls its
    /// tools as an MCP host (an AI assistant) would.
    /// </summary>
    public sealed class KieMcpServer
    {
        private const string Package = "@felores/kie-ai-mcp-server@5.0.0";
        private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "kie-ai-mcp-server");
        private static readonly object InstallGate = new object();

        public KieMcpServer()
        {
            lock (InstallGate)
            {
                if (!File.Exists(Script))
                {
                    // Its sqlite3 dependency compiles from source here (no prebuilt download), about a minute, with the
                    // machine's npm configuration (the user's HOME): its registry, and nodedir for the Node.js headers.
                    var start = Start("npm", Folder);
                    foreach (var argument in new[] { "install", "--prefix", Folder, Package, "--no-audit", "--no-fund" })
                    {
                        start.ArgumentList.Add(argument);
                    }

                    using var install = Process.Start(start)!;
                    var errors = install.StandardError.ReadToEndAsync();
                    install.StandardOutput.ReadToEnd();
                    install.WaitForExit();
                    if (install.ExitCode != 0 || !File.Exists(Script))
                    {
                        throw new InvalidOperationException($"npm install {Package} failed ({install.ExitCode}): {errors.Result}");
                    }
                }
            }
        }

        private static string Script => Path.Combine(Folder, "node_modules", "@felores", "kie-ai-mcp-server", "dist", "index.js");

        /// <summary>Starts the server against <paramref name="baseUri"/> (Suno's API and its upload host both there).</summary>
        public Session Open(Uri baseUri, string apiKey, string workingFolder)
        {
            Directory.CreateDirectory(workingFolder);
            var start = Start("node", workingFolder);
            start.ArgumentList.Add(Script);
            // A fresh HOME per run, so nothing of a user's own Kie.ai set-up leaks in.
            start.Environment["HOME"] = Path.Combine(workingFolder, ".home");
            start.RedirectStandardInput = true;
            start.Environment["KIE_AI_API_KEY"] = apiKey;
            start.Environment["KIE_AI_BASE_URL"] = new Uri(baseUri, "api/v1").AbsoluteUri;
            start.Environment["KIE_AI_FILE_UPLOAD_BASE_URL"] = baseUri.GetLeftPart(UriPartial.Authority);
            // Callbacks to the simulator's own receiver; the package's fallback is the vendor's proxy host.
            start.Environment["KIE_AI_CALLBACK_URL"] = new Uri(baseUri, "_simulator/callbacks").AbsoluteUri;
            start.Environment["KIE_AI_DB_PATH"] = Path.Combine(workingFolder, "tasks.db");
            // The test is the host that approves: call the generation tool directly, and only the Suno tools.
            start.Environment["KIE_AI_ALLOW_DIRECT_GENERATION"] = "true";
            start.Environment["KIE_AI_ENABLED_TOOLS"] = "suno_generate_music,get_task_status";
            return new Session(Process.Start(start) ?? throw new InvalidOperationException("node did not start."));
        }

        private static ProcessStartInfo Start(string program, string workingFolder)
        {
            Directory.CreateDirectory(workingFolder);
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // As for mmx-cli: npm must reach the registry past the engine fixture's closed-port proxy.
            foreach (var proxy in new[] { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY" })
            {
                start.Environment.Remove(proxy);
            }

            return start;
        }

        /// <summary>One running server and its MCP conversation (JSON-RPC, one message a line).</summary>
        public sealed class Session : IDisposable
        {
            private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(60);
            private readonly Process _process;
            private readonly Task<string> _errors;
            private int _nextId;

            internal Session(Process process)
            {
                _process = process;
                _errors = process.StandardError.ReadToEndAsync();
                Request("initialize", new JsonObject
                {
                    ["protocolVersion"] = "2025-06-18",
                    ["capabilities"] = new JsonObject(),
                    ["clientInfo"] = new JsonObject { ["name"] = "musicgen-conformance", ["version"] = "1" },
                });
                Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "notifications/initialized" });
            }

            /// <summary>Calls a tool; the text it answered (JSON for these tools) and whether it reports an error.</summary>
            public (JsonNode Answer, bool IsError) CallTool(string name, JsonObject arguments)
            {
                var result = Request("tools/call", new JsonObject { ["name"] = name, ["arguments"] = arguments });
                return (JsonNode.Parse(result["content"]![0]!["text"]!.GetValue<string>())!, result["isError"]?.GetValue<bool>() == true);
            }

            public void Dispose()
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(10_000))
                {
                    _process.Kill(entireProcessTree: true);
                }

                _process.Dispose();
            }

            private JsonNode Request(string method, JsonObject parameters)
            {
                var id = ++_nextId;
                Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
                using var timeout = new CancellationTokenSource(AnswerTimeout);
                while (true)
                {
                    string? line;
                    try
                    {
                        line = _process.StandardOutput.ReadLineAsync(timeout.Token).AsTask().GetAwaiter().GetResult();
                    }
                    catch (OperationCanceledException)
                    {
                        throw new TimeoutException($"kie-ai-mcp-server did not answer {method} within {AnswerTimeout.TotalSeconds:0} s.");
                    }

                    if (line == null)
                    {
                        throw new InvalidOperationException($"kie-ai-mcp-server ended during {method}: {_errors.Result}");
                    }

                    var message = JsonNode.Parse(line)!;
                    if (message["id"]?.GetValue<int>() != id)
                    {
                        continue;
                    }

                    return message["result"] ?? throw new InvalidOperationException($"{method} failed: {message["error"]?.ToJsonString()}");
                }
            }

            private void Send(JsonObject message)
            {
                _process.StandardInput.WriteLine(message.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
                _process.StandardInput.Flush();
            }
        }
    }
}
