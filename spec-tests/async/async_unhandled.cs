// An exception escaping async Task Main is an unhandled exception (exit code 134), after
// output produced before it.
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Compute(int x)
    {
        await Task.Delay(1);
        if (x > 2) throw new InvalidOperationException("async failure for " + x);
        return x * 2;
    }

    static async Task<int> Main()
    {
        for (int i = 0; i < 5; i++)
            Console.WriteLine(await Compute(i));
        return 0;
    }
}
