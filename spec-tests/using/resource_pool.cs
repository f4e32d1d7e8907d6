// IDisposable patterns: a pool whose leases return on Dispose (idempotent), disposal through
// an interface-typed using, using in iterators (disposed when enumeration stops), the dispose
// pattern with a protected virtual Dispose(bool), and ObjectDisposedException
var pool = new Pool(2);
using (var a = pool.Rent())
using (var b = pool.Rent())
{
    Console.WriteLine($"rented {a.Id},{b.Id} free={pool.Free}");
    try { pool.Rent(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    b.Dispose();
    Console.WriteLine("free after early dispose " + pool.Free);
}
Console.WriteLine("free at end " + pool.Free);
IDisposable viaInterface = new Derived("x");
using (viaInterface) Console.WriteLine("body");
foreach (var line in Lines()) { Console.WriteLine("line " + line); if (line == 2) break; }
var d = new Derived("y");
d.Dispose();
try { d.Use(); } catch (ObjectDisposedException e) { Console.WriteLine(e.GetType().Name + " " + e.ObjectName); }
d.Dispose();
static IEnumerable<int> Lines()
{
    using var reader = new Derived("reader");
    for (int i = 1; i <= 5; i++) yield return i;
}
class Pool(int size)
{
    private readonly Stack<int> free = new(Enumerable.Range(1, size).Reverse());
    public int Free => free.Count;
    public Lease Rent() => free.Count == 0 ? throw new InvalidOperationException("pool exhausted") : new Lease(this, free.Pop());
    public sealed class Lease(Pool owner, int id) : IDisposable
    {
        private bool returned;
        public int Id => id;
        public void Dispose() { if (returned) return; returned = true; owner.free.Push(id); Console.WriteLine("returned " + id); }
    }
}
class Base : IDisposable
{
    protected bool disposed;
    public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }
    protected virtual void Dispose(bool disposing) { if (disposed) { Console.WriteLine("already disposed"); return; } disposed = true; Console.WriteLine("base dispose " + disposing); }
}
class Derived(string name) : Base
{
    protected override void Dispose(bool disposing) { if (!disposed) Console.WriteLine("derived dispose " + name); base.Dispose(disposing); }
    public void Use() => ObjectDisposedException.ThrowIf(disposed, this);
}
