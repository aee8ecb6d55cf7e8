namespace MusicGen.Core.Connections
{
    /// <summary>Where a key is kept in a SecretManagement vault: the vault's name and the secret's.</summary>
    public sealed record VaultSecretName(string Vault, string SecretName)
    {
        public override string ToString() => $"secret '{SecretName}' in vault '{Vault}'";
    }
}
