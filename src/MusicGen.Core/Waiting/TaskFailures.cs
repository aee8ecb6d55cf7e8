using System;
using System.Globalization;
using System.Linq;
using MusicGen.Core.Errors;
using MusicGen.Core.Tasks;

namespace MusicGen.Core.Waiting
{
    /// <summary>A failed task as an error: ErrorId from the vendor status (e.g. MusicGen.Suno.SensitiveWordError).</summary>
    public static class TaskFailures
    {
        public static MusicGenException ToException(MusicTask task)
        {
            var status = task.VendorStatus ?? "FAILED";
            var name = string.Concat(status.Split(new[] { '_' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant())));
            var category = status.IndexOf("SENSITIVE", StringComparison.OrdinalIgnoreCase) >= 0
                ? MusicErrorCategory.InvalidArgument
                : MusicErrorCategory.InvalidResult;
            var detail = task.ErrorMessage ?? "no reason given";
            return new MusicGenException($"MusicGen.{task.Provider}.{name}", category,
                $"{task.Provider} task {task.TaskId} failed with {status}" + (task.ErrorCode != null ? $" (code {task.ErrorCode})" : "") + $": {detail}")
            {
                Provider = task.Provider,
                VendorCode = task.ErrorCode,
                TaskId = task.TaskId,
                RecommendedAction = category == MusicErrorCategory.InvalidArgument ? "Change the prompt, lyrics, style or title and submit again." : null,
            };
        }
    }
}
