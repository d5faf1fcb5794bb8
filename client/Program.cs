return await OtSim.Client.Cli.CommandDispatcher.RunAsync(args);
