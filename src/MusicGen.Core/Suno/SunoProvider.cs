using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Connections;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Limits;
using MusicGen.Core.MiniMax;
using MusicGen.Core.Providers;
using MusicGen.Core.Songs;
using MusicGen.Core.Tasks;
using MusicGen.Core.Uploads;
using MusicGen.Core.Waiting;

namespace MusicGen.Core.Suno
{
    /// <summary>sunoapi.org: asynchronous tasks submitted, then polled through record-info.</summary>
    public sealed partial class SunoProvider : IMusicProvider
    {
        private const string GeneratePath = "api/v1/generate";
        private const string ExtendPath = "api/v1/generate/extend";
        private const string UploadExtendPath = "api/v1/generate/upload-extend";
        private const string UploadCoverPath = "api/v1/generate/upload-cover";
        private const string MashupPath = "api/v1/generate/mashup";
        private const string PersonaPath = "api/v1/generate/generate-persona";
        private const string FileUploadPath = "api/file-stream-upload";
        private const string UploadFolder = "musicgen";
        private static readonly TimeSpan UploadTimeout = TimeSpan.FromMinutes(10);
        private const string RecordInfoPath = "api/v1/generate/record-info";
        private const string CreditPath = "api/v1/generate/credit";
        private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(100);

        private readonly MusicConnection _connection;
        private static readonly TransientFailures ReadFailures = new TransientFailures(RequestKind.Read, SunoErrorPolicy.Generation);
        private readonly IMusicHttpPipeline _http;

        public SunoProvider(MusicConnection connection, IMusicHttpPipeline http)
        {
            _connection = connection;
            _http = http;
        }

        public MusicProvider Provider => MusicProvider.Suno;

        /// <summary>How often its tasks may be polled: 3 polls/s per task, 20 requests per 10 s in all (paced by the window the rate limiter keeps).</summary>
        public static PollingPolicy Polling { get; } = new PollingPolicy(
            SunoServiceLimits.MinPollIntervalPerTask, SunoServiceLimits.RequestsPerWindow, RateLimitMargin.Kept(SunoServiceLimits.Window));

        /// <summary>20 requests per 10 s across all of an account's calls.</summary>
        internal static RateLimitBudget Budget(ApiKey key) =>
            new RateLimitBudget("Suno/" + key.Fingerprint, SunoServiceLimits.RequestsPerWindow, SunoServiceLimits.Window);

        public PreparedRequest PrepareGenerate(GenerateRequest request)
        {
            GenerateRequestValidator.Validate(request);
            var body = SongBody(request);
            return new PreparedRequest(Provider, MusicOperation.Generate, HttpMethod.Post, _connection.BaseUri, GeneratePath, JsonWire.Serialize(body), _connection.ApiKey, body.Model, request.Title);
        }

        /// <summary>Validates a cover of audio by URL and builds upload-cover's body; sends nothing.</summary>
        public PreparedRequest PrepareCover(CoverRequest request)
        {
            CoverRequestValidator.Validate(request);
            var body = SongBody(request.Song);
            body.UploadUrl = request.AudioUri?.AbsoluteUri ?? PendingUpload(request.SourceFile);
            return new PreparedRequest(Provider, MusicOperation.UploadCover, HttpMethod.Post, _connection.BaseUri, UploadCoverPath, JsonWire.Serialize(body), _connection.ApiKey, body.Model, request.Song.Title);
        }

        /// <summary>Validates a mashup of two sources by URL and builds its body; sends nothing.</summary>
        public PreparedRequest PrepareMashup(MashupRequest request)
        {
            MashupRequestValidator.Validate(request);
            var body = SongBody(request.Song);
            body.UploadUrlList = request.AudioUri.Select(u => u.AbsoluteUri).Concat(request.SourceFiles.Select(PendingUpload)).Select(u => u!).ToArray();
            return new PreparedRequest(Provider, MusicOperation.Mashup, HttpMethod.Post, _connection.BaseUri, MashupPath, JsonWire.Serialize(body), _connection.ApiKey, body.Model, request.Song.Title);
        }

        /// <summary>Validates a persona request and builds its body, for -WhatIf; sends nothing.</summary>
        public PreparedRequest PreparePersona(PersonaRequest request)
        {
            PersonaRequestValidator.Validate(request);
            var body = JsonWire.Serialize(new SunoPersonaBody
            {
                TaskId = request.TaskId,
                AudioId = request.AudioId,
                Name = request.Name,
                Description = request.Description,
                Style = request.Style,
                VocalStart = SunoOptionsBody.Hundredths(request.VocalStart),
                VocalEnd = SunoOptionsBody.Hundredths(request.VocalEnd),
            });
            return new PreparedRequest(Provider, MusicOperation.Persona, HttpMethod.Post, _connection.BaseUri, PersonaPath, body, _connection.ApiKey, request.SourceModel ?? "", request.Name);
        }

        /// <summary>Makes a persona from a finished track (synchronous; the mashup/persona code family).</summary>
        public async Task<MusicPersona> CreatePersonaAsync(PersonaRequest request, CancellationToken cancellationToken)
        {
            var prepared = PreparePersona(request);
            using var message = VendorHttp.Request(prepared.Method, _connection, prepared.Path, Budget(_connection.ApiKey), prepared.JsonBody,
                new TransientFailures(RequestKind.PaidWork, SunoErrorPolicy.MashupPersona));
            var response = await VendorHttp.SendAsync(_http.CreateApiClient(), message, Provider, CallTimeout, cancellationToken).ConfigureAwait(false);
            JsonElement data;
            try
            {
                data = SunoEnvelope.Data(response, SunoErrorPolicy.MashupPersona, request.TaskId);
            }
            catch (MusicGenException ex) when (ex.VendorCode == 409)
            {
                throw new MusicGenException(ex.ErrorId, ex.Category, $"A persona already exists for audio {request.AudioId}; Suno makes one persona per track.", ex)
                {
                    Provider = Provider,
                    VendorCode = ex.VendorCode,
                    TaskId = request.TaskId,
                };
            }

            return new MusicPersona
            {
                PersonaId = data.Id(Provider, "personaId", "persona_id") ?? throw new MusicGenException("MusicGen.Suno.MalformedResponse",
                    MusicErrorCategory.InvalidData, "Suno made the persona but returned no personaId.") { Provider = Provider },
                Name = data.Text("name") ?? request.Name,
                Description = data.Text("description") ?? request.Description,
                TaskId = request.TaskId,
                AudioId = request.AudioId,
                CreatedAt = DateTimeOffset.UtcNow,
            };
        }

        /// <summary>
        /// Uploads a checked local file through the vendor's file-upload API (its own host) and returns
        /// the URL to send as source audio. The vendor deletes uploads after 3 days.
        /// </summary>
        /// <param name="progress">Bytes sent and the file's size; called from the sending thread.</param>
        public async Task<Uri> UploadAsync(ILocalFile file, Action<long, long>? progress, CancellationToken cancellationToken)
        {
            using var content = new MultipartFormDataContent
            {
                { new FileUploadContent(file.Path, progress), "file", file.FileName },
                { new StringContent(UploadFolder), "uploadPath" },
                { new StringContent(file.FileName), "fileName" },
            };
            using var message = VendorHttp.Request(HttpMethod.Post, _connection, FileUploadPath, budget: null, baseUri: _connection.UploadBaseUri);
            message.Content = content;
            var response = await VendorHttp.SendAsync(_http.CreateApiClient(), message, Provider, UploadTimeout, cancellationToken).ConfigureAwait(false);
            var data = SunoEnvelope.Data(response, SunoErrorPolicy.Generation);
            return data.HttpUri(Provider, "downloadUrl", "download_url") ?? throw new MusicGenException("MusicGen.Suno.MalformedResponse", MusicErrorCategory.InvalidData,
                $"Suno accepted the upload of {file.FileName} but returned no downloadUrl.") { Provider = Provider };
        }

        public async Task<MusicTask> UploadAndSubmitAsync(IReadOnlyList<ILocalFile> files, Func<IReadOnlyList<Uri>, PreparedRequest> prepare,
            Action<ILocalFile, long, long>? progress, CancellationToken cancellationToken)
        {
            var urls = new List<Uri>();
            foreach (var file in files)
            {
                try
                {
                    urls.Add(await UploadAsync(file, progress == null ? null : (sent, total) => progress(file, sent, total), cancellationToken).ConfigureAwait(false));
                }
                catch (MusicGenException ex) when (!(ex is MusicValidationException))
                {
                    // Whatever became of the upload, the paid request was never sent: its IdempotencyKey stays free.
                    throw new MusicGenException(ex.ErrorId, ex.Category, $"{ex.Message} The upload of '{file.FileName}' failed, so the paid request was not sent.", ex)
                    {
                        Provider = ex.Provider,
                        IsRetryable = ex.IsRetryable,
                        VendorCode = ex.VendorCode,
                        HttpStatus = ex.HttpStatus,
                        RecommendedAction = ex.RecommendedAction,
                        PaidRequestNotSent = true,
                    };
                }
            }

            return await SubmitAsync(prepare(urls), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The fields generate, upload-cover and mashup share, from a validated song. The V6 models take
        /// lyrics in their own field (the older ones sing the prompt), carry a description's style, lyrics and
        /// references, and make covers and mashups in custom mode without a customMode field; a V6 mashup
        /// has no instrumental either (docs/vendor-contract.md §6.2, §6.5, §6.6).
        /// </summary>
        private SunoGenerateBody SongBody(GenerateRequest request)
        {
            var rules = GenerationModeRules.For(request.Mode);
            var limits = Limits.ModelLimits.FindSuno(request.Model)!;
            var v6 = limits.IsV6Edition;
            var fromSources = v6 && request.Use != ModelUse.Song;
            var references = request.Attachments;
            var body = new SunoGenerateBody
            {
                CustomMode = fromSources ? (bool?)null : rules.SunoCustomMode,
                Instrumental = v6 && request.Use == ModelUse.Mashup ? (bool?)null : rules.SunoInstrumental ?? request.Instrumental,
                Model = limits.Model,
                CallBackUrl = CallBackUrl(request.Suno),
                Prompt = request.Mode == GenerationMode.Description ? request.Prompt : v6 ? null : request.Lyrics,
                Lyrics = v6 ? request.Lyrics : null,
                Style = rules.SunoCustomMode || v6 ? request.Style : null,
                Title = rules.SunoCustomMode ? request.Title : null,
                Duration = request.Duration,
                ImageUrls = references.WireUrls(AttachmentKind.Image, PendingUpload),
                VideoUrls = references.WireUrls(AttachmentKind.Video, PendingUpload),
                AudioUrls = references.WireUrls(AttachmentKind.Audio, PendingUpload),
            };
            body.SetOptions(request.Suno);
            return body;
        }

        /// <summary>Validates an extension and builds extend (a Suno track) or upload-extend (audio by URL); sends nothing.</summary>
        public PreparedRequest PrepareExtend(ExtendRequest request)
        {
            ExtendRequestValidator.Validate(request);
            var custom = request.Mode != ExtendMode.Inherit;
            var v6 = Limits.ModelLimits.IsV6Edition(request.Model);
            var body = new SunoExtendBody
            {
                DefaultParamFlag = custom,
                AudioId = request.AudioId,
                UploadUrl = request.AudioUri?.AbsoluteUri ?? PendingUpload(request.SourceFile),
                Model = Limits.ModelLimits.FindSuno(request.Model)!.Model,
                CallBackUrl = CallBackUrl(request.Suno),
                // extend's schema has no instrumental (docs/vendor-contract.md §5.14), yet it is the only way to ask for no vocals there.
                Instrumental = request.Mode == ExtendMode.Instrumental ? true : request.IsUpload ? false : (bool?)null,
                // The V6 models sing lyrics from their own field, as generate's V6 page has it (§6.2, §6.3).
                Prompt = custom ? (v6 ? null : request.Lyrics) : request.Prompt,
                Lyrics = custom && v6 ? request.Lyrics : null,
                Style = request.Style,
                Title = request.Title,
                ContinueAt = request.ContinueAt,
            };
            body.SetOptions(request.Suno);
            var (operation, path) = request.IsUpload ? (MusicOperation.UploadExtend, UploadExtendPath) : (MusicOperation.Extend, ExtendPath);
            return new PreparedRequest(Provider, operation, HttpMethod.Post, _connection.BaseUri, path, JsonWire.Serialize(body), _connection.ApiKey, body.Model, request.Title)
            {
                ParentAudioId = request.AudioId,
            };
        }

        public Task<MusicTask> GenerateAsync(PreparedRequest request, CancellationToken cancellationToken) => SubmitAsync(request, cancellationToken);

        /// <summary>Sends any prepared Suno operation once and returns its pending task (a retry could pay twice).</summary>
        public async Task<MusicTask> SubmitAsync(PreparedRequest request, CancellationToken cancellationToken)
        {
            // Mashup speaks the other code set: 402 is out of credits there, 429 a rate limit (docs/vendor-contract.md §5.1).
            var errors = request.Operation == MusicOperation.Mashup ? SunoErrorPolicy.MashupPersona : SunoErrorPolicy.Generation;
            using var message = VendorHttp.Request(request.Method, _connection, request.Path, Budget(_connection.ApiKey), request.JsonBody,
                new TransientFailures(RequestKind.PaidWork, errors));
            var response = await VendorHttp.SendAsync(_http.CreateApiClient(), message, Provider, CallTimeout, cancellationToken).ConfigureAwait(false);
            var data = SunoEnvelope.Data(response, errors);
            var taskId = data.Id(Provider, "taskId", "task_id") ?? throw new MusicGenException("MusicGen.Suno.MalformedResponse",
                MusicErrorCategory.InvalidData, "Suno accepted the request but returned no taskId.") { Provider = Provider };
            return new MusicTask
            {
                Provider = Provider,
                TaskId = taskId,
                Operation = request.Operation,
                Model = request.Model,
                Title = request.Title,
                ParentAudioId = request.ParentAudioId,
                Status = MusicTaskStatus.Pending,
                VendorStatus = "PENDING",
                SubmittedAt = DateTimeOffset.UtcNow,
            };
        }

        public async Task<MusicTask> GetTaskAsync(string taskId, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(taskId))
            {
                throw new MusicValidationException("TaskId", "Required", "-TaskId is empty.");
            }

            var path = RecordInfoPath + "?taskId=" + Uri.EscapeDataString(taskId);
            using var message = VendorHttp.Request(HttpMethod.Get, _connection, path, Budget(_connection.ApiKey), retry: ReadFailures);
            var response = await VendorHttp.SendAsync(_http.CreateApiClient(), message, Provider, CallTimeout, cancellationToken).ConfigureAwait(false);
            var data = SunoEnvelope.Data(response, SunoErrorPolicy.Generation, taskId);
            // No data is Suno's "no such task" (and marks a journalled task gone); data of another shape is a garbled answer, not that.
            if (data.ValueKind == JsonValueKind.Undefined || data.ValueKind == JsonValueKind.Null)
            {
                throw new MusicGenException("MusicGen.Suno.TaskNotFound", MusicErrorCategory.ObjectNotFound,
                    $"Suno knows no task '{taskId}'.") { Provider = Provider, TaskId = taskId };
            }

            if (data.ValueKind != JsonValueKind.Object)
            {
                throw new MusicGenException("MusicGen.Suno.MalformedResponse", MusicErrorCategory.InvalidData,
                    $"Suno answered record-info for task '{taskId}' with data that is not an object ({data.ValueKind}).")
                {
                    Provider = Provider,
                    TaskId = taskId,
                    IsRetryable = true,
                };
            }

            return SunoRecordInfoParser.Parse(data, taskId);
        }

        public async Task<MusicCreditBalance> GetCreditsAsync(CancellationToken cancellationToken)
        {
            using var message = VendorHttp.Request(HttpMethod.Get, _connection, CreditPath, Budget(_connection.ApiKey), retry: ReadFailures);
            var response = await VendorHttp.SendAsync(_http.CreateApiClient(), message, Provider, CallTimeout, cancellationToken).ConfigureAwait(false);
            var data = SunoEnvelope.Data(response, SunoErrorPolicy.Generation);
            var credits = data.ValueKind == JsonValueKind.Number ? data.GetDouble()
                : data.ValueKind == JsonValueKind.String && double.TryParse(data.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
                : throw new MusicGenException("MusicGen.Suno.MalformedResponse", MusicErrorCategory.InvalidData,
                    $"Suno's credit answer has no number in 'data': {data.Describe()}") { Provider = Provider, IsRetryable = true };
            return new MusicCreditBalance { Provider = Provider, Credits = (long)credits, RetrievedAt = DateTimeOffset.UtcNow };
        }

        // MiniMax's operations: refused before anything is sent.
        public Task<MusicTask> StreamToFileAsync(PreparedRequest request, string path, bool replace, Action<long>? progress, CancellationToken cancellationToken) =>
            throw NotOffered.By(Provider, "streamed generation", "MiniMax");

        public PreparedRequest PrepareCover(MiniMaxCoverRequest request) => throw NotOffered.By(Provider, "cover from a prompt with lyrics or a cover feature", "MiniMax");

        public Task<MusicTask> CoverAsync(MiniMaxCoverRequest request, CancellationToken cancellationToken) => throw NotOffered.By(Provider, "cover from a prompt with lyrics or a cover feature", "MiniMax");

        public PreparedRequest PrepareLyrics(LyricsRequest request) => throw NotOffered.By(Provider, "lyrics writing", "MiniMax");

        public Task<MusicLyrics> WriteLyricsAsync(PreparedRequest request, CancellationToken cancellationToken) => throw NotOffered.By(Provider, "lyrics writing", "MiniMax");

        public PreparedRequest PreparePreprocess(MiniMaxCoverSource source) => throw NotOffered.By(Provider, "cover feature", "MiniMax");

        public Task<MusicCoverFeature> PreprocessAsync(MiniMaxCoverSource source, CancellationToken cancellationToken) => throw NotOffered.By(Provider, "cover feature", "MiniMax");

        /// <summary>What -WhatIf shows for a local file: it is uploaded only when the request is really sent.</summary>
        private static string? PendingUpload(ILocalFile? file) => file == null ? null : $"(upload of {file.FileName}, made when sent)";

        private static string PendingUpload(LocalAttachment file) => PendingUpload((ILocalFile)file)!;

        private string CallBackUrl(SunoOptions options) =>
            (options.CallbackUri ?? _connection.DefaultCallbackUri ?? SunoServiceLimits.PlaceholderCallbackUri).AbsoluteUri;
    }
}
