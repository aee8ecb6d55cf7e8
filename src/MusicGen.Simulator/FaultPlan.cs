using System;
using System.Collections.Generic;

namespace MusicGen.Simulator
{
    /// <summary>Queued faults, each consumed by the matching requests it names.</summary>
    public sealed class FaultPlan
    {
        private readonly object _gate = new object();
        private readonly List<(Fault Fault, int Remaining)> _queued = new List<(Fault, int)>();

        public void Add(Fault fault)
        {
            lock (_gate)
            {
                _queued.Add((fault, Math.Max(1, fault.Times)));
            }
        }

        public void Clear()
        {
            lock (_gate)
            {
                _queued.Clear();
            }
        }

        /// <summary>The first queued fault for <paramref name="path"/>, consuming one of its uses.</summary>
        public Fault? Take(string path)
        {
            lock (_gate)
            {
                for (var i = 0; i < _queued.Count; i++)
                {
                    var (fault, remaining) = _queued[i];
                    if (Matches(fault.Path, path))
                    {
                        if (remaining <= 1)
                        {
                            _queued.RemoveAt(i);
                        }
                        else
                        {
                            _queued[i] = (fault, remaining - 1);
                        }

                        return fault;
                    }
                }
            }

            return null;
        }

        private static bool Matches(string faultPath, string path) =>
            faultPath.EndsWith('/')
                ? path.StartsWith(faultPath, StringComparison.OrdinalIgnoreCase)
                : string.Equals(path, faultPath, StringComparison.OrdinalIgnoreCase);
    }
}
