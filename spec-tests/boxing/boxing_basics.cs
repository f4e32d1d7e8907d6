// Boxing copies the value; unboxing requires the exact type; boxed equality and identity.
using System;
using System.Collections;

struct S { public int V; public override string ToString() => "S" + V; }

class Program
{
    static void Main()
    {
        int i = 42;
        object o = i;
        i = 7;
        Console.WriteLine(o + " " + i);
        object o2 = 42;
        Console.WriteLine((o == o2) + " " + o.Equals(o2) + " " + ReferenceEquals(o, o));
        Console.WriteLine((int)o + (int)o2);
        try { long l = (long)o; Console.WriteLine(l); }
        catch (InvalidCastException e) { Console.WriteLine("unbox int as long: " + e.GetType().Name); }
        Console.WriteLine((long)(int)o);
        object e1 = DayOfWeek.Monday;
        Console.WriteLine((int)e1 + " " + (DayOfWeek)(int)e1 + " " + e1.GetType().Name);
        object fromEnum = (DayOfWeek)3;
        int asInt = (int)fromEnum;
        Console.WriteLine("enum unboxed as underlying int: " + asInt);
        object boxedInt = 3;
        DayOfWeek asEnum = (DayOfWeek)boxedInt;
        Console.WriteLine("int unboxed as enum: " + asEnum);
        var list = new ArrayList { 1, "two", 3.0, 'c', new S { V = 5 } };
        foreach (object x in list) Console.Write(x.GetType().Name + ":" + x + " ");
        Console.WriteLine();
        S s = new S { V = 1 };
        object bs = s;
        s.V = 2;
        Console.WriteLine(bs + " " + s);
        IComparable cmp = 5;
        Console.WriteLine(cmp.CompareTo(3) + " " + cmp.GetType());
        object d1 = 1.0, d2 = 1.0;
        Console.WriteLine(d1.Equals(d2) + " " + (d1 == d2) + " " + Equals(1, 1L) + " " + 1.Equals(1L) + " " + 1L.Equals(1));
        ValueType vt = 3.5f;
        Console.WriteLine(vt + " " + (vt is float));
        object boxedChar = 'A';
        Console.WriteLine(boxedChar is char ch && ch == 'A');
        Console.WriteLine(string.Format("{0} {1} {2}", 1, 2.5, true));
    }
}
