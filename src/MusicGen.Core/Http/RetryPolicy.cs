using System;
using System.Threading;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// How often and how patiently a failed request is sent again: exponential backoff with jitter
    /// from <see cref="BaseDelay"/> up to <see cref="MaxDelay"/>, or what the vendor's Retry-After
    /// asks. One setting serves the session (<see cref="Session"/>); a call may set its own
    /// (<see cref="Use"/>), which flows into the work it starts.
    /// </summary>
    public sealed class RetryPolicy
    {
        public const int MaxRetriesLimit = 10;
        // Retries stop at MaxRetriesLimit long before this; the bound only keeps a shift of a long base delay from overflowing.
        private const int MaxDoublings = 20;
        private static readonly AsyncLocal<RetryPolicy?> ForCall = new AsyncLocal<RetryPolicy?>();

        // Declared before the session's setting, which starts as it: static fields initialise in order.
        public static RetryPolicy Default { get; } = new RetryPolicy(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

        private static RetryPolicy _session = Default;

        public RetryPolicy(int maxRetries, TimeSpan baseDelay, TimeSpan maxDelay)
        {
            if (maxRetries < 0 || maxRetries > MaxRetriesLimit)
            {
                throw new ArgumentOutOfRangeException(nameof(maxRetries), maxRetries, $"Retries go from 0 to {MaxRetriesLimit}.");
            }

            if (baseDelay <= TimeSpan.Zero || maxDelay < baseDelay)
            {
                throw new ArgumentOutOfRangeException(nameof(maxDelay), maxDelay, "The delays must be positive, the cap at least the base delay.");
            }

            MaxRetries = maxRetries;
            BaseDelay = baseDelay;
            MaxDelay = maxDelay;
        }

        public int MaxRetries { get; }
        public TimeSpan BaseDelay { get; }
        public TimeSpan MaxDelay { get; }

        /// <summary>The process's setting (Set-MusicRetryPolicy); runspaces share it, as they share the HTTP pipeline.</summary>
        public static RetryPolicy Session
        {
            get => Volatile.Read(ref _session);
            set => Volatile.Write(ref _session, value ?? throw new ArgumentNullException(nameof(value)));
        }

        /// <summary>The setting in force here: the call's own, else the session's.</summary>
        public static RetryPolicy Current => ForCall.Value ?? Session;

        /// <summary>Makes <paramref name="policy"/> the current one until disposed, for this call and what it starts.</summary>
        public static IDisposable Use(RetryPolicy policy)
        {
            var previous = ForCall.Value;
            ForCall.Value = policy;
            return new Restore(() => ForCall.Value = previous);
        }

        /// <summary>
        /// The wait before retry <paramref name="retry"/> (0 for the first): <see cref="BaseDelay"/>
        /// doubling each time, capped at <see cref="MaxDelay"/>. The HTTP pipeline hands the same
        /// numbers to Polly, which adds jitter; MusicGen's own retry loops wait this.
        /// </summary>
        public TimeSpan DelayBefore(int retry) =>
            TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, BaseDelay.Ticks << Math.Min(Math.Max(retry, 0), MaxDoublings)));

        public RetryPolicy WithMaxRetries(int maxRetries) => new RetryPolicy(maxRetries, BaseDelay, MaxDelay);

        public override string ToString() => $"{MaxRetries} retries, {BaseDelay.TotalSeconds:0.##} s doubling to {MaxDelay.TotalSeconds:0.##} s";

        private sealed class Restore : IDisposable
        {
            private readonly Action _undo;

            public Restore(Action undo) => _undo = undo;

            public void Dispose() => _undo();
        }
    }
}
