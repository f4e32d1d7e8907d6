// Calls and tests the interpreter fuses or rewrites after their first run: a call whose first
// argument is `x + k`, calls patched to reach the callee's code directly (also on a null
// receiver after the patch), and branches on a reference field, including a misaligned one.
using System;
using System.Runtime.InteropServices;

class Node
{
    public Node Next;
    public int Value;
    public Node(int v, Node next) { Value = v; Next = next; }
    public int Length() => Next == null ? 1 : 1 + Next.Length();
    public int Sum() { int s = 0; for (Node n = this; n != null; n = n.Next) s += n.Value; return s; }
}

[StructLayout(LayoutKind.Sequential, Pack = 1)]
class Packed
{
    public byte Tag;
    public int Count;     // not 4-aligned
    public string Name;   // a reference stays 4-aligned even with Pack = 1
    public byte Tail;
}

static class Program
{
    static int depthReached;

    static int Countdown(int n)
    {
        depthReached = n;
        if (n == 0) throw new InvalidOperationException("bottom");
        return Countdown(n - 1) + 1;
    }

    static int Ackermann(int m, int n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ackermann(m - 1, 1);
        return Ackermann(m - 1, Ackermann(m, n - 1));
    }

    static long Wrap(int n) => n == int.MinValue ? -1 : Wrap2(n - 1);
    static long Wrap2(int n) => n;

    static string Describe(Node n)
    {
        if (n.Next == null) return "last " + n.Value;
        return "has next " + n.Next.Value;
    }

    static string DescribePacked(Packed p)
    {
        string counted = p.Count != 0 ? " counted " + p.Count : " uncounted";
        if (p.Name != null) return "named " + p.Name + " " + p.Tag + " " + p.Tail + counted;
        return "anonymous " + p.Tag + " " + p.Tail + counted;
    }

    public static int Main()
    {
        Node list = null;
        for (int i = 1; i <= 10; i++) list = new Node(i * i, list);
        Console.WriteLine(list.Length() + " " + list.Sum() + " " + Describe(list) + " " + Describe(new Node(7, null)));

        for (int round = 0; round < 3; round++)
        {
            try { Countdown(5 + round); }
            catch (InvalidOperationException e) { Console.WriteLine(e.Message + " at depth " + depthReached); }
        }
        Console.WriteLine(Ackermann(2, 3) + " " + Ackermann(3, 3));
        Console.WriteLine(Wrap(int.MinValue) + " " + Wrap(int.MaxValue) + " " + Wrap(int.MinValue + 1) + " " + Wrap(0));

        // The first calls patch the sites; the null receiver then goes through the patched op.
        Node maybe = list;
        for (int i = 0; i < 3; i++)
        {
            try { Console.WriteLine("length " + maybe.Length()); }
            catch (NullReferenceException) { Console.WriteLine("null receiver"); }
            maybe = i == 0 ? null : list.Next;
        }
        Node empty = null;
        try { Console.WriteLine(Describe(empty)); }
        catch (NullReferenceException) { Console.WriteLine("null in the field test"); }

        var p = new Packed { Tag = 3, Name = "pk", Tail = 9, Count = -70000 };
        Console.WriteLine(DescribePacked(p));
        p.Name = null;
        p.Count = 0;
        Console.WriteLine(DescribePacked(p));
        Console.WriteLine(p.Tail + p.Tag);
        return Ackermann(1, 1);
    }
}
