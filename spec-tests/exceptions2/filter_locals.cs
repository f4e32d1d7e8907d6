// exception filters and the method's state: a filter reads and writes locals, arguments and
// struct locals of its own frame (the writes are visible in the handler and after it), writes
// through a ref parameter (a ref local declared outside the filter: filter_ref_local_write.cs), sees values before inner finally blocks run, and a
// filter that returns false after writing a local leaves the write visible to an outer handler
// in the same method
static bool Note(string s, bool r) { Console.WriteLine("  filter: " + s); return r; }
static bool Set(ref int slot, int v, bool r) { slot = v; return r; }

// 1. write a local in a filter, read it in the catch
int a = 1;
try { throw new Exception("1"); }
catch (Exception) when (Set(ref a, 10, true)) { Console.WriteLine("1 catch a=" + a); }
Console.WriteLine("1 after a=" + a);

// 3. false filter writes a local; outer handler in the same method sees it
int c = 3;
try
{
    try { throw new Exception("3"); }
    catch (Exception) when (Set(ref c, 30, false)) { Console.WriteLine("WRONG"); }
}
catch (Exception) { Console.WriteLine("3 outer c=" + c); }

// 4. filter sees locals before inner finally runs; the catch sees the finally's write
int d = 4;
try
{
    try { throw new Exception("4"); }
    finally { d = 44; Console.WriteLine("  finally sets d=44"); }
}
catch (Exception) when (Note("d=" + d, true)) { Console.WriteLine("4 catch d=" + d); }

// 5. filter writes a local that the inner finally then reads and overwrites
int e = 5;
try
{
    try { throw new Exception("5"); }
    finally { Console.WriteLine("  finally sees e=" + e); e += 100; }
}
catch (Exception) when (Set(ref e, 50, true)) { Console.WriteLine("5 catch e=" + e); }

// 6. struct local mutated by a method called from the filter
var counter = new Counter();
for (int i = 0; i < 3; i++)
{
    try { throw new Exception("6"); }
    catch (Exception) when (counter.Bump() > 1) { Console.WriteLine("6 caught at n=" + counter.N); }
    catch (Exception) { Console.WriteLine("6 fallback n=" + counter.N); }
}

// 7. filter in a caller frame writes its local while callee frames are still live
int depth = 0;
int seen = -1;
try { Deep(3, ref depth); }
catch (Exception) when (Set(ref seen, depth, true)) { Console.WriteLine("7 seen=" + seen + " depth now=" + depth); }

// 8. filter writes a local through a ref parameter of a callee frame still on the stack
int shared = 0;
try { Writer(ref shared); }
catch (Exception ex) when (Note("shared in filter=" + shared, true)) { Console.WriteLine("8 catch shared=" + shared + " " + ex.Message); }

// 9. filter writes an argument of its own method
Console.WriteLine("9 " + ArgFilter(7));

// 10. filter with a ref local into an array element and a span over a stackalloc
int[] arr = { 1, 2, 3 };
ref int el = ref arr[1];
Span<int> sp = stackalloc int[3];
try { throw new Exception("10"); }
catch (Exception) when ((el = 200) > 0 && (sp[2] = 9) > 0) { Console.WriteLine("10 arr[1]=" + arr[1] + " sp[2]=" + sp[2]); }

// 11. loop variable written by the filter keeps its value across iterations
int k = 0, hits = 0;
while (k < 10)
{
    try { if (k % 3 == 0) throw new Exception("11"); k++; }
    catch (Exception) when ((k += 2) > 0) { hits++; }
}
Console.WriteLine("11 k=" + k + " hits=" + hits);

static void Deep(int n, ref int depth)
{
    depth++;
    try
    {
        if (n == 0) throw new InvalidOperationException("deep");
        Deep(n - 1, ref depth);
    }
    finally { depth += 10; }
}
static void Writer(ref int x)
{
    x = 1;
    try { x = 2; throw new Exception("writer"); }
    finally { x = 3; Console.WriteLine("  writer finally sets 3"); }
}
static int ArgFilter(int p)
{
    try { throw new Exception("9"); }
    catch (Exception) when ((p *= 3) > 0) { return p; }
}
struct Counter
{
    public int N;
    public int Bump() => ++N;
}
