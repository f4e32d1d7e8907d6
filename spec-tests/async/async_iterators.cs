// async iterators (IAsyncEnumerable) with await foreach, cancellation-free early break running
// finally, async LINQ-like helpers written by hand, await using with IAsyncDisposable, and
// async local functions and lambdas
await foreach (var x in Produce(5)) Console.Write(x + " ");
Console.WriteLine();
await foreach (var x in Produce(100))
{
    Console.Write(x + " ");
    if (x == 2) break;
}
Console.WriteLine();
Console.WriteLine("sum " + await SumAsync(Where(Produce(10), x => x % 2 == 1)));
await using (var r = new AsyncRes("A"))
{
    Console.WriteLine("using A");
}
await using var b = new AsyncRes("B");
Func<int, Task<int>> twice = async v => { await Task.Yield(); return v * 2; };
Console.WriteLine(await twice(21));
async Task<string> Local(string s) { await Task.Yield(); return s.ToUpperInvariant(); }
Console.WriteLine(await Local("local"));
var list = new List<int>();
await foreach (var x in Produce(3)) list.Add(x * 10);
Console.WriteLine(string.Join(",", list));
Console.WriteLine("end of main");
static async IAsyncEnumerable<int> Produce(int n)
{
    try
    {
        for (int i = 0; i < n; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }
    finally { Console.Write("[producer finally] "); }
}
static async IAsyncEnumerable<int> Where(IAsyncEnumerable<int> src, Func<int, bool> pred)
{
    await foreach (var x in src) if (pred(x)) yield return x;
}
static async Task<int> SumAsync(IAsyncEnumerable<int> src) { int s = 0; await foreach (var x in src) s += x; return s; }
class AsyncRes(string name) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() { await Task.Yield(); Console.WriteLine("disposed " + name); }
}
