using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using MusicGen.Core.Errors;
using MusicGen.Core.Songs;

namespace MusicGen.Benchmarks
{
    /// <summary>
    /// A CSV's worth of rows checked and built before anything is sent (what -WhatIf and
    /// Test-MusicRequest do): every rule of the model, then the wire body. The baseline only
    /// serializes the same fields, checking nothing.
    /// </summary>
    internal static class Validation
    {
        private const int Rows = 10_000;
        private static readonly string[] Models = { "V4", "V4_5", "V5", "V5_5", "music-2.6", "music-3.0" };

        public static async Task<IEnumerable<ResultRow>> MeasureAsync(Uri baseUri, string key)
        {
            using var http = Clients.Pipeline(rateLimits: false);
            var client = Clients.For(baseUri, key, http);
            var rows = Enumerable.Range(0, Rows).Select(Row).ToArray();
            var refused = 0;

            Task Check()
            {
                refused = 0;
                foreach (var row in rows)
                {
                    try
                    {
                        client.ForModel(row.Model).PrepareGenerate(row);
                    }
                    catch (MusicValidationException)
                    {
                        refused++;
                    }
                }

                return Task.CompletedTask;
            }

            Task Serialize()
            {
                foreach (var row in rows)
                {
                    JsonSerializer.Serialize(new { row.Model, row.Prompt, row.Lyrics, row.Style, row.Title, customMode = row.Mode != GenerationMode.Description, row.Instrumental });
                }

                return Task.CompletedTask;
            }

            var (musicGen, baseline) = await Timing.AlternateAsync(Check, Serialize, rounds: 7, callsPerRound: 1);
            return new[]
            {
                new ResultRow($"checking {Rows:N0} rows ({refused:N0} refused)", $"{Rows / musicGen:N0} rows/s", $"{Rows / baseline:N0} rows/s", $"{baseline / musicGen:0.00}×", "(reported)", true),
            };
        }

        // Every tenth row breaks a rule: a prompt over Suno's 500 characters, lyrics without a title…
        private static GenerateRequest Row(int n)
        {
            var model = Models[n % Models.Length];
            var broken = n % 10 == 9;
            return (n / Models.Length % 3) switch
            {
                0 => new GenerateRequest { Mode = GenerationMode.Description, Model = model, Prompt = broken ? new string('x', 2100) : $"row {n}: a calm piano piece for a rainy night" },
                1 => new GenerateRequest { Mode = GenerationMode.Lyrics, Model = model, Lyrics = $"[Verse]\nrow {n} walks the streetlights\n[Chorus]\nla la la", Style = "indie folk", Title = broken ? "" : $"Row {n}" },
                _ => new GenerateRequest { Mode = GenerationMode.Instrumental, Model = model, Instrumental = true, Style = broken ? new string('s', 1100) : "ambient piano", Title = $"Row {n}" },
            };
        }
    }
}
