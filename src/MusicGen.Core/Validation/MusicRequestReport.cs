using System.Collections.Generic;
using System.Linq;
using MusicGen.Core.Limits;
using MusicGen.Core.Songs;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Validation
{
    /// <summary>
    /// What checking one song request found, without sending it: where it would go and every
    /// problem the vendor (or the cmdlet's binding) would refuse it for.
    /// </summary>
    public sealed class MusicRequestReport
    {
        private MusicRequestReport(int index, GenerateRequest request, IReadOnlyList<MusicRequestProblem> problems)
        {
            Index = index;
            Provider = ModelLimits.ProviderOf(request.Model);
            Model = request.Model;
            Mode = request.Mode;
            Title = request.Title ?? request.Prompt;
            Problems = problems;
        }

        /// <summary>The input's position, from 1: row N of an Import-Csv file is line N + 1.</summary>
        public int Index { get; }
        public bool Valid => Problems.Count == 0;
        /// <summary>The vendor the model belongs to; null when the model is unknown.</summary>
        public MusicProvider? Provider { get; }
        public string Model { get; }
        public GenerationMode Mode { get; }
        /// <summary>The title, or the description prompt in description mode.</summary>
        public string? Title { get; }
        public IReadOnlyList<MusicRequestProblem> Problems { get; }

        /// <summary>
        /// Checks <paramref name="request"/> against every rule of its model, after the problems the
        /// caller found in the input itself (<paramref name="inputProblems"/>). A parameter already
        /// faulted there is not reported again by the model's rules.
        /// </summary>
        public static MusicRequestReport Check(int index, GenerateRequest request, IReadOnlyList<MusicRequestProblem> inputProblems)
        {
            var faulted = new HashSet<string>(inputProblems.Select(p => p.Parameter));
            var problems = inputProblems
                .Concat(GenerateRequestValidator.FindProblems(request).Select(MusicRequestProblem.From).Where(p => !faulted.Contains(p.Parameter)))
                .ToList();
            return new MusicRequestReport(index, request, problems);
        }

        public override string ToString() => Valid
            ? $"#{Index} {Model} {Mode}: valid"
            : $"#{Index} {Model} {Mode}: {Problems.Count} problem{(Problems.Count == 1 ? "" : "s")}: {Problems[0].Message}";
    }
}
