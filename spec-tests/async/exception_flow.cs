// exceptions across awaits: try/catch/finally around awaits, exception filters in async methods,
// AggregateException from Task.Wait/Result, unobserved faults after Task.Yield, cancellation via
// a pre-cancelled token, TaskCanceledException, and nested async finally ordering
try { await Outer(); } catch (Exception e) { Console.WriteLine("main caught " + e.Message); }
var t = Thrower("for Result");
try { _ = t.Result; } catch (AggregateException e) { Console.WriteLine("Result -> " + e.GetType().Name + " inner " + e.InnerException!.Message); }
try { t.Wait(); } catch (AggregateException e) { Console.WriteLine("Wait -> inner count " + e.InnerExceptions.Count); }
try { t.GetAwaiter().GetResult(); } catch (Exception e) { Console.WriteLine("GetResult -> " + e.GetType().Name); }
using var cts = new CancellationTokenSource();
cts.Cancel();
try { await Cancellable(cts.Token); } catch (OperationCanceledException e) { Console.WriteLine("cancelled: " + e.GetType().Name + " " + e.CancellationToken.IsCancellationRequested); }
var ct = Task.FromCanceled<int>(cts.Token);
Console.WriteLine(ct.IsCanceled + " " + ct.Status);
try { await ct; } catch (TaskCanceledException) { Console.WriteLine("TaskCanceledException"); }
Console.WriteLine(await Filtered(1) + " " + await Filtered(2));
var faulted = Task.FromException<int>(new FormatException("pre-faulted"));
Console.WriteLine(faulted.IsFaulted + " " + faulted.Exception!.InnerException!.Message);
try { await faulted; } catch (FormatException e) { Console.WriteLine("awaited " + e.Message); }
Console.WriteLine(await Retry());
static async Task Outer()
{
    try { await Middle(); }
    finally { Console.WriteLine("outer finally"); }
}
static async Task Middle()
{
    try { await Thrower("deep"); }
    catch (InvalidOperationException e) when (e.Message == "nope") { Console.WriteLine("WRONG"); }
    finally { await Task.Yield(); Console.WriteLine("middle finally (after await)"); }
}
static async Task<int> Thrower(string m) { await Task.Yield(); throw new InvalidOperationException(m); }
static async Task Cancellable(CancellationToken tok) { await Task.Yield(); tok.ThrowIfCancellationRequested(); Console.WriteLine("WRONG"); }
static async Task<string> Filtered(int code)
{
    try { await Task.Yield(); throw new Coded(code); }
    catch (Coded c) when (c.Code == 1) { return "one"; }
    catch (Coded c) { return "other " + c.Code; }
}
static async Task<string> Retry()
{
    for (int attempt = 1; ; attempt++)
    {
        try { await Task.Yield(); if (attempt < 3) throw new TimeoutException("try " + attempt); return "succeeded on " + attempt; }
        catch (TimeoutException e) { Console.WriteLine("retry after " + e.Message); }
    }
}
class Coded(int code) : Exception("code " + code) { public int Code => code; }
