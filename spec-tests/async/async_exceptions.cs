// Exceptions in async methods surface at the await; WhenAll rethrows one fault on await and
// exposes all of them via Task.Exception; try/finally inside async methods; cancellation.
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task Fail(string msg, int delay)
    {
        await Task.Delay(delay);
        throw new InvalidOperationException(msg);
    }

    static async Task<int> WithFinally()
    {
        try
        {
            await Task.Delay(1);
            Console.WriteLine("in async try");
            return 1;
        }
        finally
        {
            Console.WriteLine("in async finally");
        }
    }

    static async Task Main()
    {
        Task t = Fail("lazy failure", 1);
        Console.WriteLine("task created, not awaited yet");
        try { await t; }
        catch (InvalidOperationException e) { Console.WriteLine("awaited: " + e.Message + " status=" + t.Status); }
        var all = Task.WhenAll(Fail("first", 1), Fail("second", 5));
        try { await all; }
        catch (InvalidOperationException e)
        {
            // Which of the two faults the await rethrows depends on completion timing; print only its type.
            Console.WriteLine("await WhenAll throws one of them: " + e.GetType().Name);
            Console.WriteLine("all exceptions: " + string.Join(",", all.Exception!.InnerExceptions.Select(x => x.Message).OrderBy(m => m)));
        }
        Console.WriteLine("WithFinally -> " + await WithFinally());
        Task sync = Task.Run(() => throw new ArgumentException("from Task.Run"));
        try { sync.Wait(); }
        catch (AggregateException e) { Console.WriteLine("Wait() wraps: " + e.InnerException!.GetType().Name + ": " + e.InnerException.Message); }
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        try { await Task.Delay(1000, cts.Token); }
        catch (TaskCanceledException e) { Console.WriteLine("canceled: " + e.GetType().Name + " " + e.CancellationToken.IsCancellationRequested); }
        try { cts.Token.ThrowIfCancellationRequested(); }
        catch (OperationCanceledException e) { Console.WriteLine(e.Message); }
        Task<int> faulted = Task.FromException<int>(new FormatException("pre-faulted"));
        Console.WriteLine(faulted.IsFaulted + " " + faulted.Exception!.InnerException!.Message);
    }
}
