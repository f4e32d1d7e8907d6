// Task.Delay and Thread.Sleep take real time: Stopwatch and DateTime.UtcNow see it pass.
// Delays started together run concurrently, and complete in order of their due times.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<string> After(int ms, string name, List<string> log)
    {
        await Task.Delay(ms);
        log.Add(name);
        return name;
    }

    static async Task Main()
    {
        var sw = Stopwatch.StartNew();
        DateTime before = DateTime.UtcNow;
        await Task.Delay(200);
        long elapsed = sw.ElapsedMilliseconds;
        double wall = (DateTime.UtcNow - before).TotalMilliseconds;
        Console.WriteLine("Delay(200) took at least 190 ms: " + (elapsed >= 190));
        Console.WriteLine("DateTime.UtcNow advanced at least 190 ms: " + (wall >= 190));

        sw.Restart();
        Thread.Sleep(120);
        Console.WriteLine("Sleep(120) took at least 110 ms: " + (sw.ElapsedMilliseconds >= 110));

        var log = new List<string>();
        sw.Restart();
        var all = Task.WhenAll(After(200, "slow", log), After(40, "fast", log), After(120, "medium", log));
        string[] names = await all;
        long together = sw.ElapsedMilliseconds;
        Console.WriteLine("completion order: " + string.Join(", ", log));
        Console.WriteLine("results in argument order: " + string.Join(", ", names));
        Console.WriteLine("three delays ran concurrently: " + (together >= 190 && together < 350));

        sw.Restart();
        var first = await Task.WhenAny(Task.Delay(1000), Task.Delay(60));
        Console.WriteLine("WhenAny returned before the long delay: " + (sw.ElapsedMilliseconds < 900) + " " + first.IsCompleted);

        using var cts = new CancellationTokenSource(80);
        sw.Restart();
        try { await Task.Delay(5000, cts.Token); Console.WriteLine("not canceled?!"); }
        catch (TaskCanceledException) { Console.WriteLine("CancelAfter(80) canceled the 5 s delay early: " + (sw.ElapsedMilliseconds is >= 70 and < 2000)); }
    }
}
