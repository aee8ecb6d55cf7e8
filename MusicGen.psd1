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
        'Get-MusicCoverFeature'
        'Get-MusicCredit'
        'Get-MusicTask'
        'Invoke-MusicExtend'
        'Test-MusicRequest'
        'Merge-MusicMashup'
        'New-MusicCover'
        'New-MusicLyrics'
        'New-MusicPersona'
        'New-MusicTrack'
        'Remove-MusicTask'
        'Save-MusicTrack'
        'Set-MusicRetryPolicy'
        'Wait-MusicTask'
        # After the song (issue 20)
        'Optimize-MusicStyle'
        'Get-MusicLyricTiming'
        'Export-MusicLyricTiming'
        'Add-MusicVocal'
        'Add-MusicInstrumental'
        'Edit-MusicSection'
        'New-MusicSound'
        # Suno's task kinds beyond songs (issue 20)
        'Split-MusicTrack'
        'Convert-MusicTrack'
        'New-MusicMidi'
        'New-MusicArtwork'
        'New-MusicVideo'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('Music', 'AI', 'Suno', 'MiniMax', 'Generation', 'Audio', 'Automation', 'PSEdition_Core', 'PSEdition_Desktop')
            # The LICENSE file in the module folder holds this license's text. No ProjectUri until
            # the project has a public home.
            LicenseUri   = 'https://opensource.org/license/mit'
            ReleaseNotes = '0.1.0: first release. Suno generate, extend (tracks, URLs, local files), upload-cover, mashup and personas; MiniMax generation (url and hex); waiting within the vendors'' rate limits; safe downloads; Test-MusicRequest; ConvertFrom-MusicCallback. PowerShell 7.4 to 7.6 and Windows PowerShell 5.1, with the module''s packages in a private load context.'
        }
    }
}
