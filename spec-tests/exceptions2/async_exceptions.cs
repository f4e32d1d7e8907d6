// exceptions in async code: await rethrows the original exception (not AggregateException), filters
// and finally blocks around awaits, Task.Result/Wait wrap in AggregateException, WhenAll surfaces
// the first exception through await but keeps all in Task.Exception, a faulted task's exception
// observed twice is the same object, exceptions thrown before the first await, cancellation
static async Task<int> Fail(string m, int delay)
{
    for (int i = 0; i < delay; i++) await Task.Yield();
    throw new InvalidOperationException(m);
}
static async Task<int> Guarded(List<string> log)
{
    try
    {
        log.Add("try");
        await Task.Yield();
        return await Fail("deep", 2);
    }
    catch (InvalidOperationException e) when (Note(log, "filter " + e.Message))
    {
        log.Add("catch");
        await Task.Yield();
        return -1;
    }
    finally
    {
        log.Add("finally");
    }
}
static bool Note(List<string> log, string s) { log.Add(s); return true; }
static Task<int> Eager(bool fail)
{
    if (fail) throw new ArgumentException("eager");
    return Task.FromResult(1);
}
static async Task<int> EagerAsync(bool fail)
{
    if (fail) throw new ArgumentException("lazy");
    await Task.Yield();
    return 1;
}
static async Task Run()
{
    var log = new List<string>();
    Console.WriteLine("guarded = " + await Guarded(log) + " log: " + string.Join(",", log));
    try { await Fail("direct", 1); }
    catch (Exception e) { Console.WriteLine("await: " + e.GetType().Name + " " + e.Message); }
    try { Console.WriteLine(Fail("result", 0).Result); }
    catch (Exception e) { Console.WriteLine("Result: " + e.GetType().Name + " -> " + e.InnerException!.GetType().Name + " " + e.InnerException.Message); }
    try { Fail("wait", 1).Wait(); }
    catch (AggregateException e) { Console.WriteLine("Wait: " + e.InnerExceptions.Count + " " + e.InnerException!.Message); }
    try { Console.WriteLine(Fail("getresult", 1).GetAwaiter().GetResult()); }
    catch (Exception e) { Console.WriteLine("GetResult: " + e.GetType().Name + " " + e.Message); }
    var all = Task.WhenAll(Fail("a", 1), Fail("b", 2), Task.FromResult(3));
    try { await all; }
    catch (Exception e) { Console.WriteLine("WhenAll await: " + e.Message + " total=" + all.Exception!.InnerExceptions.Count + " " + string.Join(",", all.Exception.InnerExceptions.Select(x => x.Message))); }
    var faulted = Fail("same", 0);
    Exception? x1 = null, x2 = null;
    try { await faulted; } catch (Exception e) { x1 = e; }
    try { await faulted; } catch (Exception e) { x2 = e; }
    Console.WriteLine("same object: " + ReferenceEquals(x1, x2) + " status=" + faulted.Status);
    try { var t = Eager(true); Console.WriteLine("WRONG"); await t; }
    catch (ArgumentException e) { Console.WriteLine("eager throws at call: " + e.Message); }
    var lazy = EagerAsync(true);
    Console.WriteLine("async method returned task, faulted=" + lazy.IsFaulted);
    try { await lazy; } catch (ArgumentException e) { Console.WriteLine("lazy throws at await: " + e.Message); }
    var cts = new CancellationTokenSource();
    cts.Cancel();
    try { cts.Token.ThrowIfCancellationRequested(); }
    catch (OperationCanceledException e) { Console.WriteLine("canceled: " + e.Message + " " + (e.CancellationToken == cts.Token)); }
    try { await Task.FromCanceled(cts.Token); }
    catch (TaskCanceledException e) { Console.WriteLine("TaskCanceled: " + e.Message); }
    catch (Exception e) { Console.WriteLine("WhenAny unwrap: " + e.Message); }
    var vt = new ValueTask<int>(Fail("valuetask", 1));
    try { await vt; } catch (Exception e) { Console.WriteLine("ValueTask: " + e.Message); }
    try { await Task.Run(() => throw new FormatException("in Task.Run")); }
    catch (FormatException e) { Console.WriteLine("Task.Run: " + e.Message); }
}
await Run();
Console.WriteLine("done");
