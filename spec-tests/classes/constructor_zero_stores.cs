// Constructors that store null, 0 or false into the fields of the object they just allocated
// (stores the interpreter may leave out, since a new object is all zeros) mixed with stores that
// must happen: fields set twice, field initializers, stores after a call, object initializers.
using System;

sealed class Node
{
    public Node Left, Right;
    public Node(Node l, Node r) { Left = l; Right = r; }
    public int Count() => Left == null ? 1 : 1 + Left.Count() + Right.Count();
}

sealed class Twice
{
    public int A; public string S; public bool B;
    public Twice(int a) { A = a; S = "set"; B = true; A = 0; S = null; B = false; }
}

sealed class Initialized
{
    public int A = 7; public string S = "init"; public bool B = true;
    public Initialized(int a, string s, bool b) { A = a; S = s; B = b; }
}

sealed class AfterCall
{
    public int A; public Node N;
    static int calls;
    void Fill() { A = 42; N = new Node(null, null); calls++; }
    public AfterCall() { Fill(); A = 0; N = null; }
    public static int Calls => calls;
}

sealed class Point { public int X, Y; public long Z; public double W; public Node N; }

sealed class Chain
{
    public Chain Next; public int V;
    public Chain(Chain next, int v) { Next = next; V = v; }
}

public static class Program
{
    static Node Build(int d) => d == 0 ? new Node(null, null) : new Node(Build(d - 1), Build(d - 1));

    public static int Main()
    {
        Console.WriteLine("tree " + Build(10).Count() + " " + (new Node(null, null).Left == null));
        var t = new Twice(5);
        Console.WriteLine("twice " + t.A + " " + (t.S == null) + " " + t.B);
        var i = new Initialized(0, null, false);
        Console.WriteLine("initialized " + i.A + " " + (i.S == null) + " " + i.B);
        var a = new AfterCall();
        Console.WriteLine("after call " + a.A + " " + (a.N == null) + " " + AfterCall.Calls);
        var p = new Point { X = 0, Y = 3, Z = 0, W = 0.0, N = null };
        var q = new Point { Y = 0, X = 9 };
        q.X = 0;
        Console.WriteLine("point " + p.X + " " + p.Y + " " + p.Z + " " + p.W + " " + (p.N == null) + " " + q.X + " " + q.Y);
        Chain c = null;
        for (int k = 0; k < 5; k++) c = new Chain(c, k == 2 ? 0 : k);
        int sum = 0, len = 0;
        for (var x = c; x != null; x = x.Next) { sum += x.V; len++; }
        Console.WriteLine("chain " + len + " " + sum);
        return 0;
    }
}
