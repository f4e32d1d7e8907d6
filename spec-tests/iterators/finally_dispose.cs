// iterators: finally blocks run on normal completion, on early break (Dispose), on exceptions in
// the consumer, nested foreach over iterators disposing inner first, try/finally around yields,
// explicit enumerator use without dispose, and lazy execution order
foreach (var x in Numbers("full", 3)) Console.Write(x + " ");
Console.WriteLine();
foreach (var x in Numbers("break", 10)) { Console.Write(x + " "); if (x == 2) break; }
Console.WriteLine();
try { foreach (var x in Numbers("throw", 5)) { if (x == 1) throw new Exception("consumer"); } }
catch (Exception e) { Console.WriteLine("caught " + e.Message); }
foreach (var pair in Outer()) { Console.Write(pair + " "); if (pair == "b1") break; }
Console.WriteLine();
var e1 = Numbers("manual", 3).GetEnumerator();
e1.MoveNext(); e1.MoveNext();
Console.WriteLine("current " + e1.Current);
e1.Dispose();
e1.Dispose();
Console.WriteLine("moved after dispose: " + e1.MoveNext());
var lazy = Numbers("lazy", 2);
Console.WriteLine("created, nothing ran");
Console.WriteLine("first = " + lazy.First());
Console.WriteLine("sum = " + Numbers("sum", 4).Sum());
foreach (var x in Guarded()) Console.Write(x + " ");
Console.WriteLine();
static IEnumerable<int> Numbers(string tag, int n)
{
    Console.Write($"[{tag} start] ");
    try
    {
        for (int i = 0; i < n; i++) yield return i;
    }
    finally { Console.Write($"[{tag} finally] "); }
    Console.Write($"[{tag} end] ");
}
static IEnumerable<string> Outer()
{
    try
    {
        foreach (var s in new[] { "a", "b" })
            foreach (var i in Inner(s)) yield return s + i;
    }
    finally { Console.Write("(outer finally) "); }
}
static IEnumerable<int> Inner(string s)
{
    try { yield return 0; yield return 1; }
    finally { Console.Write($"(inner {s} finally) "); }
}
static IEnumerable<int> Guarded()
{
    for (int i = 0; i < 3; i++)
    {
        try { yield return i * 10; }
        finally { Console.Write($"<f{i}> "); }
    }
}
