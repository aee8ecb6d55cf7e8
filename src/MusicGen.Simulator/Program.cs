using System;
using MusicGen.Simulator;

// Prints the base URI on its first line, then serves until Ctrl+C or SIGTERM.
var command = SimulatorCommandLine.Parse(args);
if (command.Help)
{
    Console.WriteLine(SimulatorCommandLine.Usage);
    return 0;
}

if (command.Error != null)
{
    Console.Error.WriteLine(command.Error);
    Console.Error.WriteLine(SimulatorCommandLine.Usage);
    return 2;
}

await using var host = await SimulatorHost.StartAsync(command.Options!);
Console.WriteLine($"MusicGen simulator listening on {host.BaseUri}");
Console.Out.Flush();

await host.WaitForShutdownAsync();
return 0;
