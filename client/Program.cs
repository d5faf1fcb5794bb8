OtSim.Client.Running.PhaseTimer.Mark("main entered");
OtSim.Client.Cli.CommandDispatcher.ProcessEndsAfterCommand = true;
return await OtSim.Client.Cli.CommandDispatcher.RunAsync(args);
