// Structs are copied on assignment, parameter passing and when read from collections.
using System;
using System.Collections.Generic;

struct Counter
{
    public int Value;
    public void Increment() => Value++;
    public override string ToString() => "Counter(" + Value + ")";
}

class Holder
{
    public Counter Field;
    public Counter Prop { get; set; }
    public readonly Counter ReadOnlyField;
}

class Program
{
    static void Bump(Counter c) { c.Increment(); Console.WriteLine("inside Bump: " + c); }

    static void Main()
    {
        var a = new Counter();
        var b = a;
        b.Increment();
        Console.WriteLine($"a={a} b={b}");
        Bump(a);
        Console.WriteLine("after Bump: " + a);
        var arr = new Counter[2];
        arr[0].Increment();
        Console.WriteLine("array element mutated in place: " + arr[0]);
        var list = new List<Counter> { new Counter() };
        var copy = list[0];
        copy.Increment();
        Console.WriteLine("list element unchanged: " + list[0]);
        var h = new Holder();
        h.Field.Increment();
        h.Prop.Increment();
        h.ReadOnlyField.Increment();
        Console.WriteLine($"field={h.Field} prop={h.Prop} readonly={h.ReadOnlyField}");
        object boxed = a;
        a.Increment();
        Console.WriteLine($"boxed={boxed} a={a}");
        Counter unboxed = (Counter)boxed;
        unboxed.Increment();
        Console.WriteLine($"boxed still={boxed} unboxed={unboxed}");
        Counter[] arr2 = (Counter[])arr.Clone();
        arr2[0].Increment();
        Console.WriteLine($"clone independent: {arr[0]} {arr2[0]}");
        foreach (var c in arr) { var local = c; local.Increment(); }
        Console.WriteLine("after foreach: " + arr[0]);
        Span<Counter> span = arr;
        span[1].Increment();
        ref Counter r = ref arr[1];
        r.Increment();
        Console.WriteLine("via span/ref: " + arr[1]);
        Console.WriteLine(default(Counter) + " " + new Counter().Equals(default(Counter)));
    }
}
