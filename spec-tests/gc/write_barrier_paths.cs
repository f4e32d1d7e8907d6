// References stored into objects that survived collections, through every kind of store: fields,
// array elements, byrefs, struct copies into fields/arrays/byrefs, Interlocked/Volatile, Array.Copy,
// Array.SetValue, Clone, List growth, delegates and boxing. Run with --gc-stress/--gc-verify,
// dotnode checks that each store marked its card; the output is the same either way.
using System;
using System.Collections.Generic;
using System.Threading;

class Node { public Node? Next; public string Name = ""; public object? Any; }
struct Pair { public int Id; public string Text; public Node? Link; }
class Holder { public Pair P; public Pair[] Pairs = new Pair[4]; public object?[] Objs = new object?[4]; public string[,] Grid = new string[2, 2]; }

static class Program
{
    static void Churn() { for (int i = 0; i < 2000; i++) _ = new int[8]; GC.Collect(); }
    static void SetRef(ref Node? slot, Node value) => slot = value;
    static void SetPair(ref Pair slot, Pair value) => slot = value;
    static string Fresh(string s) => new string(s.ToCharArray());

    static void Main()
    {
        var old = new Node { Name = "old" };
        var holder = new Holder();
        var list = new List<Node>();
        var arr = new Node?[3];
        Churn(); // everything above is now an old object
        old.Next = new Node { Name = Fresh("field") };
        arr[1] = new Node { Name = Fresh("element") };
        SetRef(ref arr[2], new Node { Name = Fresh("byref-element") });
        SetRef(ref old.Next.Next, new Node { Name = Fresh("byref-field") });
        holder.P = new Pair { Id = 1, Text = Fresh("struct-field"), Link = new Node() };
        holder.Pairs[2] = new Pair { Id = 2, Text = Fresh("struct-element") };
        SetPair(ref holder.Pairs[3], new Pair { Id = 3, Text = Fresh("struct-byref") });
        Interlocked.Exchange(ref holder.Objs[0], Fresh("interlocked"));
        Interlocked.CompareExchange(ref holder.Objs[1], Fresh("cas"), null);
        Volatile.Write(ref holder.Objs[2], (object)Fresh("volatile"));
        holder.Grid[1, 0] = Fresh("md-element");
        old.Any = 42;
        Churn();
        var src = new object[] { Fresh("copied0"), Fresh("copied1") };
        Array.Copy(src, 0, holder.Objs, 2, 2);
        ((Array)arr).SetValue(new Node { Name = Fresh("setvalue") }, 0);
        var clone = (Node?[])arr.Clone();
        for (int i = 0; i < 50; i++) list.Add(new Node { Name = Fresh("item" + i) });
        Action act = () => Console.Write("");
        old.Any = act;
        Churn();
        Console.WriteLine($"{old.Next.Name} {old.Next.Next!.Name} {arr[0]!.Name} {arr[1]!.Name} {arr[2]!.Name}");
        Console.WriteLine($"{holder.P.Text} {holder.P.Link != null} {holder.Pairs[2].Text} {holder.Pairs[3].Text}");
        Console.WriteLine($"{holder.Objs[0]} {holder.Objs[1]} {holder.Objs[2]} {holder.Objs[3]} {holder.Grid[1, 0]}");
        Console.WriteLine($"{clone[0]!.Name} {list.Count} {list[49].Name} {old.Any is Action}");
    }
}
