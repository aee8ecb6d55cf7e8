using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Tasks;
using MusicGen.Http;
using Xunit;

namespace MusicGen.Core.Tests
{
    /// <summary>Keys never show, never travel over plain HTTP off-machine; connections come from the environment for runbooks.</summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class SecurityTests
    {
        private readonly SimulatorFixture _fixture;

        public SecurityTests(SimulatorFixture fixture) => _fixture = fixture;

        [Theory]
        [InlineData("sk-abcdefghijklmnop1234", "****1234")]
        [InlineData("short-key", "****")]
        public void KeysDisplayMasked(string key, string masked)
        {
            var apiKey = ApiKey.FromPlainText(key);
            Assert.Equal(masked, apiKey.Masked);
            Assert.Equal(masked, apiKey.ToString());
            var connection = new MusicConnection(MusicProvider.Suno, apiKey);
            Assert.DoesNotContain(key, connection.ToString());
        }

        [Fact]
        public async Task AKeyReadWithItsFilesNewlineIsTrimmedAndWorks()
        {
            // Connect-MusicService -ApiKey (Get-Content key.txt -Raw): a SecureString with the file's newline.
            var secret = new System.Security.SecureString();
            foreach (var c in _fixture.Simulator.ApiKey + "\r\n")
            {
                secret.AppendChar(c);
            }

            var key = new ApiKey(secret);
            var registry = new ConnectionRegistry(_ => null);
            registry.Connect(registry.Create(MusicProvider.Suno, key, _fixture.Simulator.BaseUri));

            var credits = await new Providers.MusicClient(registry, _fixture.Http, new Journal.SubmissionLedger(() => _fixture.JournalFolder)).Suno().GetCreditsAsync(CancellationToken.None);

            Assert.True(key.WasTrimmed);
            Assert.Equal(ApiKey.FromPlainText(_fixture.Simulator.ApiKey).Masked, key.Masked);
            Assert.True(credits.Credits > 0);
        }

        [Theory]
        [InlineData("sk-abcdéfghijklmnop1234", "position 8 of 23 (not ASCII)")]
        [InlineData("sk-abcd\nefghijklmnop1234", "position 8 of 24 (a space or control character)")]
        [InlineData("sk-abcd efghijklmnop1234", "position 8 of 24 (a space or control character)")]
        public void AKeyAHeaderCannotCarryIsRefusedBeforeAnythingIsSent(string key, string where)
        {
            var error = Assert.Throws<MusicValidationException>(() => ApiKey.FromPlainText(key));

            Assert.Equal("MusicGen.Validation.ApiKeyInvalidCharacter", error.ErrorId);
            Assert.Equal("ApiKey", error.ParameterName);
            Assert.Contains(where, error.Message);
            Assert.DoesNotContain("abcd", error.Message);
        }

        [Theory]
        [InlineData("http://api.sunoapi.org/")]
        [InlineData("http://10.0.0.5:8080/")]
        public void KeysAreNeverSentOverPlainHttpOffTheMachine(string baseUri)
        {
            var error = Assert.Throws<MusicGenException>(() => new MusicConnection(MusicProvider.Suno, ApiKey.FromPlainText("k-1234567890123456"), new Uri(baseUri)));
            Assert.Equal(MusicErrorCategory.SecurityError, error.Category);
        }

        [Theory]
        [InlineData("http://127.0.0.1:5000/")]
        [InlineData("http://localhost:5000/")]
        [InlineData("https://api.sunoapi.org")]
        public void HttpsAndLoopbackAreAllowed(string baseUri) =>
            Assert.EndsWith("/", new MusicConnection(MusicProvider.Suno, ApiKey.FromPlainText("k-1234567890123456"), new Uri(baseUri)).BaseUri.AbsoluteUri);

        [Fact]
        public async Task TheKeyAppearsNowhereInDiagnosticsDryRunsOrErrors()
        {
            var secret = _fixture.Simulator.ApiKey;
            var lines = new ConcurrentQueue<string>();
            var provider = _fixture.Client.Suno();
            var prepared = provider.PrepareGenerate(Requests.Description("V5"));
            using (MusicDiagnostics.Use(lines.Enqueue))
            {
                await provider.GenerateAsync(prepared, CancellationToken.None);
                await Assert.ThrowsAsync<MusicGenException>(() => provider.GetTaskAsync("missing", CancellationToken.None));
            }

            Assert.NotEmpty(lines);
            Assert.All(lines, line => Assert.DoesNotContain(secret, line));
            Assert.Contains(lines, line => line.Contains("****"));
            Assert.DoesNotContain(secret, prepared.Describe());
            Assert.Contains("Bearer ****", prepared.Describe());
        }

        [Fact]
        public void EnvironmentVariablesConnectRunbooksWithoutConnect()
        {
            var environment = new System.Collections.Generic.Dictionary<string, string>
            {
                ["MUSICGEN_SUNO_API_KEY"] = "env-key-1234567890abcd",
                ["MUSICGEN_SUNO_BASE_URI"] = "http://127.0.0.1:9999",
                ["MUSICGEN_SUNO_CALLBACK_URI"] = "https://hooks.example.com/done",
            };
            var registry = new ConnectionRegistry(name => environment.TryGetValue(name, out var value) ? value : null);
            var suno = registry.Resolve(MusicProvider.Suno);
            Assert.Equal("Environment", suno.Source);
            Assert.Equal(new Uri("http://127.0.0.1:9999/"), suno.BaseUri);
            Assert.Equal(new Uri("https://hooks.example.com/done"), suno.DefaultCallbackUri);
            Assert.Equal(MusicProvider.Suno, registry.DefaultProvider);
            Assert.Single(registry.Active);

            var missing = Assert.Throws<MusicGenException>(() => registry.Resolve(MusicProvider.MiniMax));
            Assert.Equal(MusicErrorCategory.AuthenticationError, missing.Category);
            Assert.Contains("MUSICGEN_MINIMAX_API_KEY", missing.Message);

            var oneOff = registry.Resolve(MusicProvider.MiniMax, ApiKey.FromPlainText("one-off-key-123456789"));
            Assert.Equal("****6789", oneOff.MaskedApiKey);
            Assert.Equal(MusicConnection.MiniMaxDefaultBaseUri, oneOff.BaseUri);
        }

        [Fact]
        public void UploadsGoToTheVendorsUploadHostOrToTheDeploymentThatServesThem()
        {
            var key = ApiKey.FromPlainText("upload-key-1234567890");
            var none = new ConnectionRegistry(_ => null);
            var withVariable = new ConnectionRegistry(name => name == ConnectionRegistry.UploadBaseUriVariable ? "https://uploads.example.com" : null);

            Assert.Equal(MusicConnection.SunoDefaultUploadBaseUri, none.Create(MusicProvider.Suno, key).UploadBaseUri);
            Assert.Equal(new Uri("http://127.0.0.1:9999/"), none.Create(MusicProvider.Suno, key, new Uri("http://127.0.0.1:9999")).UploadBaseUri);
            Assert.Equal(new Uri("https://uploads.example.com/"), withVariable.Create(MusicProvider.Suno, key).UploadBaseUri);
            Assert.Equal(new Uri("https://mine.example.com/"), withVariable.Create(MusicProvider.Suno, key, uploadBaseUri: new Uri("https://mine.example.com")).UploadBaseUri);
            Assert.Null(none.Create(MusicProvider.MiniMax, key).UploadBaseUri);
            Assert.Equal("MusicGen.Connection.InsecureBaseUri", Assert.Throws<MusicGenException>(() =>
                none.Create(MusicProvider.Suno, key, uploadBaseUri: new Uri("http://uploads.example.com"))).ErrorId);
        }

        [Fact]
        public void AnExplicitConnectionTakesTheEnvironmentsUrisUnlessItNamesItsOwn()
        {
            var environment = new System.Collections.Generic.Dictionary<string, string>
            {
                ["MUSICGEN_SUNO_BASE_URI"] = "http://127.0.0.1:9999",
                ["MUSICGEN_SUNO_CALLBACK_URI"] = "https://hooks.example.com/done",
            };
            var registry = new ConnectionRegistry(name => environment.TryGetValue(name, out var value) ? value : null);
            var key = ApiKey.FromPlainText("explicit-key-1234567890");

            var fromEnvironment = registry.Create(MusicProvider.Suno, key);
            var named = registry.Create(MusicProvider.Suno, key, new Uri("https://suno.example.com"), new Uri("https://hooks.example.com/mine"));

            Assert.Equal(new Uri("http://127.0.0.1:9999/"), fromEnvironment.BaseUri);
            Assert.Equal(new Uri("https://hooks.example.com/done"), fromEnvironment.DefaultCallbackUri);
            Assert.Equal("Connect-MusicService", fromEnvironment.Source);
            Assert.Equal(new Uri("https://suno.example.com/"), named.BaseUri);
            Assert.Equal(new Uri("https://hooks.example.com/mine"), named.DefaultCallbackUri);
            Assert.Equal(MusicConnection.MiniMaxDefaultBaseUri, registry.Create(MusicProvider.MiniMax, key).BaseUri);
        }

        [Fact]
        public async Task CallbacksArriveInTheVendorsMixedCasing()
        {
            var callback = new Uri(_fixture.Simulator.BaseUri, "_simulator/callbacks");
            var suno = _fixture.Client.Suno();
            var request = new Songs.GenerateRequest { Mode = Songs.GenerationMode.Description, Model = "V5", Prompt = "callback check", Suno = new Suno.SunoOptions { CallbackUri = callback } };
            var task = await suno.GenerateAsync(suno.PrepareGenerate(request), CancellationToken.None);
            string[] mine = Array.Empty<string>();
            for (var i = 0; i < 200 && mine.Length < 3; i++)
            {
                await Task.Delay(20);
                mine = _fixture.Simulator.State.ReceivedCallbacks.Where(body => body.Contains(task.TaskId)).ToArray();
            }

            var types = mine.Select(body => JsonDocument.Parse(body).RootElement.GetProperty("data")).ToArray();
            Assert.Equal(new[] { "text", "first", "complete" }, types.Select(d => d.GetProperty("callbackType").GetString()));
            Assert.All(types, d => Assert.Equal(task.TaskId, d.GetProperty("task_id").GetString()));
            var complete = types.Last().GetProperty("data");
            Assert.Equal(2, complete.GetArrayLength());
            Assert.True(complete[0].TryGetProperty("audio_url", out _));
            Assert.True(complete[0].TryGetProperty("createTime", out _));
        }

        [Fact]
        public void TheVendorRateLimitHoldsTheTwentyFirstSunoRequestOfOneAccount()
        {
            using var limiter = VendorRateLimiter.Create(RateLimitPolicy.Vendor);
            var account = Core.Suno.SunoProvider.Budget(ApiKey.FromPlainText("first-account-key-0001"));
            var leases = Enumerable.Range(0, 21).Select(_ => limiter.AttemptAcquire(Carrying(account))).ToList();
            Assert.All(leases.Take(20), l => Assert.True(l.IsAcquired));
            Assert.False(leases[20].IsAcquired);
            Assert.False(limiter.AttemptAcquire(Carrying(Core.Suno.SunoProvider.Budget(ApiKey.FromPlainText("first-account-key-0001")))).IsAcquired);
        }

        [Fact]
        public void AnotherAccountHasItsOwnBudget()
        {
            using var limiter = VendorRateLimiter.Create(RateLimitPolicy.Vendor);
            var first = Core.Suno.SunoProvider.Budget(ApiKey.FromPlainText("first-account-key-0001"));
            var second = Core.Suno.SunoProvider.Budget(ApiKey.FromPlainText("second-account-key-0002"));
            Assert.All(Enumerable.Range(0, 20), _ => Assert.True(limiter.AttemptAcquire(Carrying(first)).IsAcquired));
            Assert.True(limiter.AttemptAcquire(Carrying(second)).IsAcquired);
        }

        [Fact]
        public void EachFreeMiniMaxModelAllowsThreeRequestsAMinuteOfItsOwn()
        {
            using var limiter = VendorRateLimiter.Create(RateLimitPolicy.Vendor);
            var key = ApiKey.FromPlainText("free-tier-account-0003");
            var free26 = Core.MiniMax.MiniMaxProvider.Budget("music-2.6-free", key);

            Assert.All(Enumerable.Range(0, 3), _ => Assert.True(limiter.AttemptAcquire(Carrying(free26)).IsAcquired));
            Assert.False(limiter.AttemptAcquire(Carrying(free26)).IsAcquired);
            Assert.True(limiter.AttemptAcquire(Carrying(Core.MiniMax.MiniMaxProvider.Budget("music-3.0-free", key))).IsAcquired);
            Assert.True(limiter.AttemptAcquire(Carrying(Core.MiniMax.MiniMaxProvider.Budget("music-cover-free", key))).IsAcquired);
            Assert.True(limiter.AttemptAcquire(Carrying(Core.MiniMax.MiniMaxProvider.Budget("music-2.6", key))).IsAcquired);
        }

        [Fact]
        public void ABudgetNamesTheAccountByFingerprintNeverByKey()
        {
            const string key = "budget-secret-key-9876";
            var budget = Core.MiniMax.MiniMaxProvider.Budget("music-2.6-free", ApiKey.FromPlainText(key));
            Assert.DoesNotContain(key, budget.Name);
            Assert.DoesNotContain("9876", budget.Name);
            Assert.Equal(3, budget.Permits);
        }

        private static System.Net.Http.HttpRequestMessage Carrying(RateLimitBudget budget)
        {
            var request = new System.Net.Http.HttpRequestMessage();
            MusicRequestContext.SetRateLimitBudget(request, budget);
            return request;
        }
    }
}
