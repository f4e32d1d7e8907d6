// using statements and declarations: dispose order (reverse), null resources, struct disposables,
// pattern-based Dispose on ref structs, and IAsyncDisposable with await using.
using System;
using System.Threading.Tasks;

class Res : IDisposable
{
    private readonly string name;
    public Res(string name) { this.name = name; Console.WriteLine("acquire " + name); }
    public void Dispose() => Console.WriteLine("dispose " + name);
}

struct StructRes : IDisposable
{
    public string Name;
    public void Dispose() => Console.WriteLine("dispose struct " + Name);
}

ref struct RefRes
{
    public void Dispose() => Console.WriteLine("dispose ref struct");
}

class AsyncRes : IAsyncDisposable
{
    public ValueTask DisposeAsync() { Console.WriteLine("async dispose"); return ValueTask.CompletedTask; }
}

class Program
{
    static Res? Maybe(bool create) => create ? new Res("maybe") : null;

    static async Task Main()
    {
        using (var a = new Res("a"))
        using (var b = new Res("b"))
        {
            Console.WriteLine("body 1");
        }
        Console.WriteLine("---");
        {
            using var c = new Res("c");
            using var d = new Res("d");
            Console.WriteLine("body 2");
        }
        Console.WriteLine("---");
        using (Maybe(false)) Console.WriteLine("null resource is fine");
        using (Maybe(true)) Console.WriteLine("non-null resource");
        using (var s = new StructRes { Name = "s" }) Console.WriteLine("struct body");
        using (var r = new RefRes()) Console.WriteLine("ref struct body");
        await using (var ar = new AsyncRes()) Console.WriteLine("await using body");
        Console.WriteLine("---");
        Res? outer = null;
        using (outer = new Res("reassigned")) { }
        Console.WriteLine("--- return inside using");
        Console.WriteLine(Compute());
    }

    static int Compute()
    {
        using var r = new Res("compute");
        return 42;
    }
}
