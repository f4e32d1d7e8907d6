// async Task<int> Main: the awaited int result is the process exit code.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async IAsyncEnumerable<int> Produce(int n)
    {
        for (int i = 1; i <= n; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    static async Task<int> Main(string[] args)
    {
        int sum = 0;
        await foreach (var x in Produce(5))
        {
            Console.WriteLine("item " + x);
            sum += x;
        }
        Console.WriteLine("sum " + sum);
        return sum;
    }
}
