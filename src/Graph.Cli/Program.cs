using Graph.Cli;

return await GraphCommandLine.RunAsync(args).ConfigureAwait(false);
