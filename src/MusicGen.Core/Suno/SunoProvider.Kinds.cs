using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Providers;
using MusicGen.Core.Suno.Kinds;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    /// <summary>
    /// Suno's task kinds beyond songs (docs/vendor-contract.md §7): each request validated and built
    /// here, sent once by <see cref="SubmitTaskAsync"/>, polled at its own record-info by
    /// <see cref="GetTaskAsync(string, MusicOperation, CancellationToken)"/>.
    /// </summary>
    public sealed partial class SunoProvider
    {
        private const string SplitPath = "api/v1/vocal-removal/generate";
        private const string WavPath = "api/v1/wav/generate";
        private const string MidiPath = "api/v1/midi/generate";
        private const string ArtworkPath = "api/v1/suno/cover/generate";
        private const string VideoPath = "api/v1/mp4/generate";
        private const string LyricsPath = "api/v1/lyrics";

        public PreparedRequest PrepareSplit(SplitRequest request, string? sourceModel = null)
        {
            SplitRequestValidator.Validate(request);
            var body = JsonWire.Serialize(new SunoSplitBody
            {
                TaskId = request.TaskId!,
                AudioId = request.AudioId!,
                Type = SplitRequestValidator.WireType(request.Mode),
                CallBackUrl = KindCallBackUrl(request.CallbackUri),
            });
            return Kind(MusicOperation.Split, SplitPath, body, sourceModel, request.Title, request.AudioId);
        }

        public PreparedRequest PrepareWav(WavRequest request, string? sourceModel = null)
        {
            WavRequestValidator.Validate(request);
            var body = JsonWire.Serialize(new SunoWavBody { TaskId = request.TaskId!, AudioId = request.AudioId!, CallBackUrl = KindCallBackUrl(request.CallbackUri) });
            return Kind(MusicOperation.Wav, WavPath, body, sourceModel, request.Title, request.AudioId);
        }

        public PreparedRequest PrepareMidi(MidiRequest request)
        {
            MidiRequestValidator.Validate(request);
            var body = JsonWire.Serialize(new SunoMidiBody { TaskId = request.TaskId!, AudioId = request.AudioId, CallBackUrl = KindCallBackUrl(request.CallbackUri) });
            return Kind(MusicOperation.Midi, MidiPath, body, null, request.Title, request.AudioId);
        }

        public PreparedRequest PrepareArtwork(ArtworkRequest request, string? sourceModel = null)
        {
            ArtworkRequestValidator.Validate(request);
            var body = JsonWire.Serialize(new SunoArtworkBody { TaskId = request.TaskId!, CallBackUrl = KindCallBackUrl(request.CallbackUri) });
            return Kind(MusicOperation.Artwork, ArtworkPath, body, sourceModel, request.Title, null);
        }

        public PreparedRequest PrepareVideo(VideoRequest request, string? sourceModel = null)
        {
            VideoRequestValidator.Validate(request);
            var body = JsonWire.Serialize(new SunoVideoBody
            {
                TaskId = request.TaskId!,
                AudioId = request.AudioId!,
                Author = request.Author,
                DomainName = request.DomainName,
                CallBackUrl = KindCallBackUrl(request.CallbackUri),
            });
            return Kind(MusicOperation.Video, VideoPath, body, sourceModel, request.Title, request.AudioId);
        }

        public PreparedRequest PrepareLyrics(SunoLyricsRequest request)
        {
            SunoLyricsRequestValidator.Validate(request);
            var body = JsonWire.Serialize(new SunoLyricsBody { Prompt = request.Prompt!, CallBackUrl = KindCallBackUrl(request.CallbackUri) });
            return Kind(MusicOperation.Lyrics, LyricsPath, body, null, null, null);
        }

        /// <summary>
        /// Sends a prepared task kind once. Artwork is made once per music task: the vendor answers a
        /// repeat with code 400 (or 409) and the existing task's id, which is returned, with a warning,
        /// rather than refused (docs/vendor-contract.md §7, cover image; §7.13 item 4).
        /// </summary>
        public async Task<MusicTask> SubmitTaskAsync(PreparedRequest request, CancellationToken cancellationToken)
        {
            if (request.Operation != MusicOperation.Artwork)
            {
                return await SubmitAsync(request, cancellationToken).ConfigureAwait(false);
            }

            var errors = SunoErrorPolicy.Generation;
            using var message = VendorHttp.Request(request.Method, _connection, request.Path, Budget(_connection.ApiKey), request.JsonBody,
                new TransientFailures(RequestKind.PaidWork, errors));
            var response = await VendorHttp.SendAsync(_http.CreateApiClient(), message, Provider, CallTimeout, cancellationToken).ConfigureAwait(false);
            string? existing = null;
            using (var document = VendorHttp.ParseJson(response, errors))
            {
                var root = document.RootElement;
                var code = root.Number("code");
                if ((code == 400 || code == 409) && root.Field("data") is { ValueKind: JsonValueKind.Object } data)
                {
                    existing = data.Id(Provider, "taskId", "task_id");
                }
            }

            if (existing == null)
            {
                return await ReadSubmission(request, response).ConfigureAwait(false);
            }

            MusicDiagnostics.Warn($"Suno makes artwork once per music task and already has it for this one: returning its artwork task {existing} instead of a new one (nothing more was spent).");
            var submitted = new MusicTask
            {
                Provider = Provider,
                TaskId = existing,
                Operation = MusicOperation.Artwork,
                Model = request.Model.Length == 0 ? null : request.Model,
                Title = request.Title,
                Status = MusicTaskStatus.Pending,
                VendorStatus = "EXISTING",
                SubmittedAt = DateTimeOffset.UtcNow,
            };
            try
            {
                // The existing task may long be finished: its state, not "Pending", goes into the journal.
                return (await GetTaskAsync(existing, MusicOperation.Artwork, cancellationToken).ConfigureAwait(false)).WithSubmissionDetails(submitted);
            }
            catch (MusicGenException ex) when (!(ex is MusicValidationException))
            {
                MusicDiagnostics.Write($"The existing artwork task {existing} could not be read now ({ex.Message}); it is returned as Pending.");
                return submitted;
            }
        }

        private Task<MusicTask> ReadSubmission(PreparedRequest request, VendorResponse response)
        {
            var data = SunoEnvelope.Data(response, SunoErrorPolicy.Generation);
            var taskId = data.Id(Provider, "taskId", "task_id") ?? throw new MusicGenException("MusicGen.Suno.MalformedResponse",
                MusicErrorCategory.InvalidData, "Suno accepted the request but returned no taskId.") { Provider = Provider };
            return Task.FromResult(new MusicTask
            {
                Provider = Provider,
                TaskId = taskId,
                Operation = request.Operation,
                Model = request.Model.Length == 0 ? null : request.Model,
                Title = request.Title,
                ParentAudioId = request.ParentAudioId,
                Status = MusicTaskStatus.Pending,
                VendorStatus = "PENDING",
                SubmittedAt = DateTimeOffset.UtcNow,
            });
        }

        /// <summary>A task's state from the record-info of its kind; song-shaped operations read generate/record-info.</summary>
        public async Task<MusicTask> GetTaskAsync(string taskId, MusicOperation operation, CancellationToken cancellationToken)
        {
            if (SunoTaskKinds.For(operation) is not { } kind)
            {
                return await GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
            }

            if (string.IsNullOrWhiteSpace(taskId))
            {
                throw new MusicValidationException("TaskId", "Required", "-TaskId is empty.");
            }

            var path = kind.RecordInfoPath + "?taskId=" + Uri.EscapeDataString(taskId);
            using var message = VendorHttp.Request(HttpMethod.Get, _connection, path, Budget(_connection.ApiKey), retry: ReadFailures);
            var response = await VendorHttp.SendAsync(_http.CreateApiClient(), message, Provider, CallTimeout, cancellationToken).ConfigureAwait(false);
            var data = SunoEnvelope.Data(response, SunoErrorPolicy.Generation, taskId);
            if (data.ValueKind == JsonValueKind.Undefined || data.ValueKind == JsonValueKind.Null)
            {
                throw new MusicGenException("MusicGen.Suno.TaskNotFound", MusicErrorCategory.ObjectNotFound,
                    $"Suno knows no {kind.Name} task '{taskId}'.") { Provider = Provider, TaskId = taskId };
            }

            if (data.ValueKind != JsonValueKind.Object)
            {
                throw new MusicGenException("MusicGen.Suno.MalformedResponse", MusicErrorCategory.InvalidData,
                    $"Suno answered {kind.RecordInfoPath} for task '{taskId}' with data that is not an object ({data.ValueKind}).")
                {
                    Provider = Provider,
                    TaskId = taskId,
                    IsRetryable = true,
                };
            }

            return kind.FromRecord(data, taskId);
        }

        private PreparedRequest Kind(MusicOperation operation, string path, string body, string? sourceModel, string? title, string? parentAudioId) =>
            new PreparedRequest(Provider, operation, HttpMethod.Post, _connection.BaseUri, path, body, _connection.ApiKey, sourceModel ?? "", title)
            {
                ParentAudioId = parentAudioId,
            };

        private string KindCallBackUrl(Uri? callback) =>
            (callback ?? _connection.DefaultCallbackUri ?? SunoServiceLimits.PlaceholderCallbackUri).AbsoluteUri;
    }
}
