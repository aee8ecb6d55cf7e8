using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MusicGen.Simulator
{
    /// <summary>
    /// MiniMax's synchronous music_generation: the answer carries the finished audio as hex (the
    /// default when output_format is left out) or a URL, in the format <see cref="MiniMaxAudio"/> can make.
    /// </summary>
    internal static class MiniMaxEndpoints
    {
        public static void Map(IEndpointRouteBuilder app, SimulatorHost host)
        {
            app.MapPost("/v1/music_generation", (Func<HttpContext, Task<IResult>>)(context => Generate(context, host)));
            app.MapPost("/v1/lyrics_generation", (Func<HttpContext, Task<IResult>>)(context => Lyrics(context, host)));
            app.MapPost("/v1/music_cover_preprocess", (Func<HttpContext, Task<IResult>>)(context => Preprocess(context, host)));
        }

        public static object BaseResp(int code, string message) => new { status_code = code, status_msg = message };

        private static async Task<IResult> Preprocess(HttpContext context, SimulatorHost host)
        {
            if (await RequestBody.ReadAsync(context) is not { } body)
            {
                return Results.Json(new { base_resp = BaseResp(MiniMaxGenerateRules.InvalidParameters, "invalid params, body is not JSON") });
            }

            var (audio, length, problem) = body.Text("model") != MusicGen.Core.MiniMax.MiniMaxCoverLimits.PreprocessModel
                ? (null, null, "model must be music-cover")
                : await MiniMaxCoverRules.ReferenceAsync(body, context.RequestAborted);
            if (problem != null)
            {
                return Results.Json(new { base_resp = BaseResp(MiniMaxGenerateRules.InvalidParameters, "invalid params, " + problem) });
            }

            var feature = new CoverFeature(MiniMaxCoverRules.FeatureId(audio!), length!.Value, DateTimeOffset.UtcNow);
            host.State.CoverFeatures[feature.Id] = feature;
            var half = Math.Round(length.Value.TotalSeconds / 2, 1);
            return Results.Json(new
            {
                cover_feature_id = feature.Id,
                formatted_lyrics = "[Verse]\nwords the reference sings\n[Chorus]\nthe chorus it repeats",
                structure_result = $"[{{\"type\":\"verse\",\"start\":0,\"end\":{half}}},{{\"type\":\"chorus\",\"start\":{half},\"end\":{Math.Round(length.Value.TotalSeconds, 1)}}}]",
                audio_duration = Math.Round(length.Value.TotalSeconds, 2),
                trace_id = Guid.NewGuid().ToString("N"),
                base_resp = BaseResp(0, "success"),
            });
        }

        private static async Task<IResult> Lyrics(HttpContext context, SimulatorHost host)
        {
            if (await RequestBody.ReadAsync(context) is not { } body)
            {
                return Results.Json(new { base_resp = BaseResp(MiniMaxGenerateRules.InvalidParameters, "invalid params, body is not JSON") });
            }

            var problem = MiniMaxLyrics.Check(body);
            return problem != null
                ? Results.Json(new { base_resp = BaseResp(MiniMaxGenerateRules.InvalidParameters, "invalid params, " + problem) })
                : Results.Json(MiniMaxLyrics.Answer(body));
        }

        private static async Task<IResult> Generate(HttpContext context, SimulatorHost host)
        {
            host.State.CountGenerate();
            if (await RequestBody.ReadAsync(context) is not { } body)
            {
                return Results.Json(new { base_resp = BaseResp(MiniMaxGenerateRules.InvalidParameters, "invalid params, body is not JSON") });
            }

            var problem = await MiniMaxGenerateRules.CheckAsync(body, host.State, context.RequestAborted);
            if (problem != null)
            {
                return Results.Json(new { base_resp = BaseResp(MiniMaxGenerateRules.InvalidParameters, "invalid params, " + problem) });
            }

            await Task.Delay(host.Options.MiniMaxLatency, context.RequestAborted);
            var traceId = Guid.NewGuid().ToString("N");
            var made = MiniMaxAudio.For(body, traceId, $"{body.Text("prompt")}|{body.Text("lyrics")}", host.Options.TrackLength);
            var track = made.Track;
            host.State.Tracks[track.Id] = track;
            host.State.CountCreation(body.Text("prompt"));
            var fault = context.Items[SimulatorHost.FaultItem] as Fault;
            if (body.Flag("stream") == true && fault?.StreamAsJson != true)
            {
                await MiniMaxStream.WriteAsync(context, track, traceId, made.ExtraInfo, fault);
                return Results.Empty;
            }

            var hex = body.Text("output_format") != MusicGen.Core.MiniMax.MiniMaxAudioSettings.UrlOutput;
            var audio = hex ? Convert.ToHexStringLower(track.Audio) : new Uri(host.BaseUri, "audio/" + track.Id).AbsoluteUri;
            return Results.Json(new
            {
                // The reference page names the URL data.audio, the official CLI reads data.audio_url: send both.
                data = hex ? (object)new { audio, status = 2 } : new { audio, audio_url = audio, status = 2 },
                trace_id = traceId,
                extra_info = made.ExtraInfo,
                analysis_info = (object?)null,
                base_resp = BaseResp(0, "success"),
            });
        }
    }
}
