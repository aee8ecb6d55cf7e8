using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Http;
using MusicGen.Core.Providers;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Suno
{
    public sealed partial class SunoProvider
    {
        private const string StyleBoostPath = "api/v1/style/generate";

        /// <summary>Validates a style to boost and builds style/generate's body, for -WhatIf; sends nothing.</summary>
        public PreparedRequest PrepareStyleBoost(StyleBoostRequest request)
        {
            StyleBoostRequestValidator.Validate(request);
            var body = JsonWire.Serialize(new SunoStyleBoostBody { Content = request.Style });
            // The request names no model (docs/vendor-contract.md §7, "Boost music style").
            return new PreparedRequest(Provider, MusicOperation.StyleBoost, HttpMethod.Post, _connection.BaseUri, StyleBoostPath, body, _connection.ApiKey, "", null);
        }

        /// <summary>
        /// Expands a style (synchronous, spends credits, so it is sent once). successFlag "2" is a
        /// failure even under code 200; "0" (pending) cannot be waited for, as there is no poll endpoint.
        /// </summary>
        public async Task<MusicStyle> BoostStyleAsync(StyleBoostRequest request, CancellationToken cancellationToken)
        {
            var prepared = PrepareStyleBoost(request);
            var data = await CallAsync(prepared, RequestKind.PaidWork, null, cancellationToken).ConfigureAwait(false);
            var taskId = data.Text("taskId", "task_id");
            // A string in the schema; read as text, a number "1" reads the same.
            var flag = data.Text("successFlag");
            var result = data.Text("result");
            if (flag == "2" || flag == "0" || string.IsNullOrWhiteSpace(result))
            {
                var why = flag == "2" ? "failed" : flag == "0" ? "is still pending, and style/generate has no poll endpoint" : "returned no result";
                throw new MusicGenException("MusicGen.Suno.StyleBoostFailed", MusicErrorCategory.InvalidResult,
                    $"Suno's style boost of '{request.Style}' {why}." + (data.Text("errorMessage") is { Length: > 0 } message ? " " + message : ""))
                {
                    Provider = Provider,
                    TaskId = taskId,
                };
            }

            return new MusicStyle
            {
                Style = result!,
                SourceStyle = request.Style,
                StyleTaskId = taskId,
                CreditsConsumed = data.Number("creditsConsumed"),
                CreditsRemaining = data.Number("creditsRemaining"),
            };
        }
    }
}
