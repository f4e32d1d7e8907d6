// Exceptions thrown from constructors (object not assigned), from property getters, from
// indexers and from overloaded operators; checked conversions in catch blocks.
using System;

class Picky
{
    public static int Constructed;
    public int Value { get; }
    public Picky(int v)
    {
        if (v < 0) throw new ArgumentException("negative", nameof(v));
        Value = v;
        Constructed++;
    }
    public int this[int i] => i == 0 ? Value : throw new IndexOutOfRangeException("only index 0");
    public int Half => Value % 2 == 0 ? Value / 2 : throw new InvalidOperationException("odd value");
    public static Picky operator +(Picky a, Picky b) => new Picky(checked(a.Value + b.Value));
}

class Program
{
    static void Main()
    {
        Picky? p = null;
        try { p = new Picky(-1); }
        catch (ArgumentException e) { Console.WriteLine(e.Message + " p is null: " + (p == null)); }
        p = new Picky(3);
        try { Console.WriteLine(p[1]); }
        catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(p.Half); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { var big = new Picky(int.MaxValue) + p; }
        catch (OverflowException e) { Console.WriteLine("operator: " + e.Message); }
        Console.WriteLine("constructed " + Picky.Constructed);
        try
        {
            throw new Exception("first");
        }
        catch (Exception)
        {
            try { checked { int x = int.MaxValue; x++; } }
            catch (OverflowException) { Console.WriteLine("nested handler inside catch"); }
        }
        Console.WriteLine("end");
    }
}
