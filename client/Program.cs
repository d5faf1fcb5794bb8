OtSim.Client.Running.PhaseTimer.Mark("main entered");
return await OtSim.Client.Cli.CommandDispatcher.RunAsync(args);
