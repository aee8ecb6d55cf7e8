@{
    RootModule           = 'MusicGen.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0e7a52-6c1d-4f0e-9d1a-2f7c3a9e8b41'
    Author               = 'MusicGen contributors'
    CompanyName          = 'MusicGen'
    Copyright            = '(c) MusicGen contributors. MIT License.'
    Description          = 'AI music generation (Suno-style sunoapi.org and MiniMax Music) for PowerShell sessions and unattended automation.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('MusicGen.Format.ps1xml')
    CmdletsToExport      = @(
        'Connect-MusicService'
        'ConvertFrom-MusicCallback'
        'Disconnect-MusicService'
        'Get-MusicConnection'
        'Get-MusicCredit'
        'Get-MusicTask'
        'Invoke-MusicExtend'
        'Test-MusicRequest'
        'Merge-MusicMashup'
        'New-MusicCover'
        'New-MusicPersona'
        'New-MusicTrack'
        'Save-MusicTrack'
        'Wait-MusicTask'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('Music', 'AI', 'Suno', 'MiniMax', 'Generation', 'Audio', 'Automation', 'PSEdition_Core', 'PSEdition_Desktop')
            ProjectUri = 'https://github.com/musicgen/MusicGen'
            LicenseUri = 'https://github.com/musicgen/MusicGen/blob/main/LICENSE'
        }
    }
}
