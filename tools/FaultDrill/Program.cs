using FaultDrill;

// Load and checks for ./build/faults.sh. The script breaks things (stops PostgreSQL, kills the API);
// this program drives traffic meanwhile, then compares what was acknowledged with what the database holds.
var options = Options.Parse(args);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return options.Verb switch
{
    "load" => await Verbs.LoadAsync(options, cancel.Token),
    "standby-load" => await Verbs.StandbyLoadAsync(options, cancel.Token),
    "shutdown" => await Verbs.ShutdownAsync(options, cancel.Token),
    "two-instances" => await Verbs.TwoInstancesAsync(options, cancel.Token),
    "check" => await Verbs.CheckAsync(options, cancel.Token),
    "summary" => Verbs.Summary(options),
    "upload-start" => await AcknowledgedUpload.StartAsync(options, cancel.Token),
    "upload-finish" => await AcknowledgedUpload.FinishAsync(options, cancel.Token),
    _ => throw new ArgumentException($"unknown verb '{options.Verb}': load, standby-load, shutdown, two-instances, check, summary, upload-start, upload-finish"),
};
