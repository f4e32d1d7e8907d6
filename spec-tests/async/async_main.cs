// async Task Main with awaits of Task.Delay, Task.FromResult, Task.WhenAll and Task.Run results.
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> SlowAdd(int a, int b)
    {
        await Task.Delay(1);
        return a + b;
    }

    static async Task<string> Chain()
    {
        int x = await SlowAdd(1, 2);
        int y = await SlowAdd(x, 10);
        int z = await Task.FromResult(y * 2);
        return $"chain result {z}";
    }

    static async Task Main()
    {
        Console.WriteLine("start");
        await Task.Delay(1);
        Console.WriteLine("after delay");
        Console.WriteLine(await Chain());
        var tasks = new[] { SlowAdd(1, 1), SlowAdd(2, 2), SlowAdd(3, 3) };
        int[] results = await Task.WhenAll(tasks);
        Console.WriteLine("WhenAll: " + string.Join(",", results));
        var completed = Task.FromResult("done already");
        Console.WriteLine(completed.IsCompleted + " " + await completed);
        int ran = await Task.Run(() => 6 * 7);
        Console.WriteLine("Task.Run: " + ran);
        await Task.WhenAll(Task.Delay(1), Task.CompletedTask);
        Task<int> first = await Task.WhenAny(Task.FromResult(1), Task.Delay(1000).ContinueWith(_ => 2));
        Console.WriteLine("WhenAny: " + first.Result);
        var vt = new ValueTask<int>(5);
        Console.WriteLine("ValueTask: " + await vt);
        Console.WriteLine("end");
    }
}
