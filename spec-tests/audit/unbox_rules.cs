// Unboxing rules: enum <-> underlying type, mismatched widths/signedness, Nullable<T> boxing
// (null for empty, the underlying box otherwise), unboxing to Nullable from T/enum/null,
// isinst/castclass on boxed values, bool/char, and generic unbox.any.
using System;
using System.Collections.Generic;

enum Color : int { Red = 1, Green = 2 }
enum Small : byte { A = 1, B = 200 }
enum LongE : long { Big = 1L << 40 }
[Flags] enum Fl : ushort { None = 0, X = 1, Y = 2, Z = 4, XY = 3 }
struct S { public int V; }

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { var v = f(); r = v == null ? "null" : v + " (" + v.GetType().Name + ")"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    static T Un<T>(object? o) => (T)o!;
    static object? Box<T>(T v) => v;

    static Small SB() => Small.B;
    static void Main()
    {
        object red = Color.Red, one = 1, b200 = (byte)200, sm = Small.B, lng = 5L, big = LongE.Big, ch = 'A', bo = true, us = (ushort)65;
        T("(int)Color", () => (int)red);
        T("(Color)int", () => (Color)one);
        T("(uint)int", () => (uint)one);
        T("(long)int", () => (long)one);
        T("(short)int", () => (short)one);
        T("(byte)Small", () => (byte)sm);
        T("(Small)byte", () => (Small)b200);
        T("(sbyte)byte", () => (sbyte)b200);
        T("(Color)Small", () => (Color)sm);
        T("(long)LongE", () => (long)big);
        T("(ulong)long", () => (ulong)lng);
        T("(char)ushort", () => (char)us);
        T("(ushort)char", () => (ushort)ch);
        T("(bool)int", () => (bool)one);
        T("(int?)int", () => (int?)one);
        T("(long?)int", () => (long?)one);
        T("(int?)null", () => (int?)(object?)null);
        T("(int)null", () => (int)(object?)null!);
        T("(S)null", () => (S)(object?)null!);
        T("(S?)null", () => (S?)(object?)null);
        T("Un<int>(Color)", () => Un<int>(red));
        T("Un<Color>(int)", () => Un<Color>(one));
        T("Un<int?>(int)", () => Un<int?>(one));
        T("Un<uint>(int)", () => Un<uint>(one));
        T("Un<object>(int)", () => Un<object>(one));
        T("Un<IComparable>(int)", () => Un<IComparable>(one));
        T("Un<string>(int)", () => Un<string>(one));
        T("Un<int>(null)", () => Un<int>(null));
        T("Un<int?>(null)", () => Un<int?>(null));

        int? hasValue = 5, empty = null;
        object? bv = hasValue, be = empty;
        Console.WriteLine($"box nullable: {bv?.GetType().Name} {be == null} {Box(hasValue)?.GetType().Name} {Box(empty) == null} {Box<int?>(7) is int} {Box<int?>(7) is int?}");
        Console.WriteLine($"is: {one is Color} {red is int} {red is Enum} {one is Enum} {red is ValueType} {sm is Small} {sm is byte} {b200 is Small} {one is IComparable<int>} {red is IComparable<Color>}");
        Console.WriteLine($"nullable ops: {hasValue + empty} {(hasValue > empty)} {(hasValue == 5)} {(empty == null)} {empty.GetValueOrDefault(3)} {hasValue.Equals(5)} {empty.Equals(null)} {empty.GetHashCode()} {hasValue.GetHashCode()} {empty?.ToString() ?? "<e>"} [{empty}]");
        S? sn = new S { V = 3 };
        object? sb = sn;
        Console.WriteLine($"struct nullable: {((S)sb!).V} {sb is S} {sn.Value.V} {(sn?.V ?? -1)}");
        T("nullable Value of empty", () => empty!.Value);
        Console.WriteLine($"enums: {Color.Red | Color.Green} {(Color)7} {(Fl)7} {Fl.XY} {(Fl)8} {(Fl)9} {Fl.None} {(Small)3} {LongE.Big} {(Color)(-1)} {Fl.X | Fl.Z}");
        Console.WriteLine($"enum ops: {(Fl.X | Fl.Y).HasFlag(Fl.XY)} {Fl.X.HasFlag(Fl.None)} {unchecked(SB() + 100)} {(int)unchecked(SB() + 100)} {unchecked(Color.Red - 5)} {Color.Green.CompareTo(Color.Red)} {Color.Red.Equals(1)} {Color.Red.Equals(Color.Red)} {Enum.GetUnderlyingType(typeof(Small)).Name}");
        T("checked enum", () => checked(SB() + 100));
        T("enum parse", () => Enum.Parse<Fl>("X, Z"));
        T("enum parse num", () => Enum.Parse<Color>("5"));
        T("enum IsDefined", () => Enum.IsDefined(typeof(Color), 2));
        T("enum GetValues", () => string.Join(",", Enum.GetValues<Fl>()));
        T("enum GetNames", () => string.Join(",", Enum.GetNames<Small>()));
        T("Convert enum", () => Convert.ToInt32(Small.B));
        T("enum ToString(D)", () => Fl.XY.ToString("D") + " " + Fl.XY.ToString("X") + " " + (Fl)6);
        var dict = new Dictionary<Color, int> { [Color.Green] = 2 };
        T("enum dict", () => dict[Color.Green]);
        var ecmp = EqualityComparer<Color>.Default;
        Console.WriteLine($"enum comparer: {ecmp.Equals(Color.Red, (Color)1)}");
    }
}
