using System;
using System.Linq;

namespace MusicGen.Engine.Tests
{
    /// <summary>Sets process environment variables (null removes one) and restores them on dispose.</summary>
    public sealed class EnvironmentVariables : IDisposable
    {
        private readonly (string Name, string? Value)[] _previous;

        public EnvironmentVariables(params (string Name, string? Value)[] variables)
        {
            _previous = variables.Select(v => (v.Name, Environment.GetEnvironmentVariable(v.Name))).ToArray();
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }

        public void Dispose()
        {
            foreach (var (name, value) in _previous)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
