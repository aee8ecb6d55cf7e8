<#
.SYNOPSIS
    An Azure Automation webhook runbook that saves a Suno song when its callback says it is complete.

.DESCRIPTION
    Create a webhook for this runbook and pass its URL as -CallbackUri (or MUSICGEN_SUNO_CALLBACK_URI)
    when you submit. Suno POSTs up to three callbacks per task (text, first, complete; or error);
    this runbook ignores the early stages, saves the tracks of a complete one, and fails loudly on
    an error so the job shows it. No API key is needed: the callback carries the audio URLs.

.PARAMETER WebhookData
    What Azure Automation passes a webhook runbook: an object, or on PowerShell 7 runtimes its JSON
    text. ConvertFrom-MusicCallback accepts either.

.PARAMETER OutputFolder
    Where the tracks go; a Hybrid Runbook Worker's share, say.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [object] $WebhookData,

    [string] $OutputFolder = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'music')
)

$ErrorActionPreference = 'Stop'
Import-Module MusicGen

$task = ConvertFrom-MusicCallback -WebhookData $WebhookData
switch ($task.CallbackStage) {
    'complete' {
        $null = [System.IO.Directory]::CreateDirectory($OutputFolder)
        $task | Save-MusicTrack -Path $OutputFolder
    }
    'error' {
        throw "Suno task $($task.TaskId) failed ($($task.ErrorCode)): $($task.ErrorMessage)"
    }
    default {
        $PSCmdlet.WriteVerbose("Suno task $($task.TaskId) reached stage '$($task.CallbackStage)'; waiting for 'complete'.")
    }
}
