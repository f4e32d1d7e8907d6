#!/usr/bin/env python3
# Generates GenericMath.Impl.cs: explicit implementations of the generic-math interfaces by the
# primitive types. Explicit (not implicit) because dotnode resolves static virtual interface
# members through MethodImpls. Run: python3 corelib/src/System/Numerics/gen_generic_math.py
import os

# (struct name, C# keyword, kind, bits)
TYPES = [
    ('SByte', 'sbyte', 'signed', 8), ('Byte', 'byte', 'unsigned', 8),
    ('Int16', 'short', 'signed', 16), ('UInt16', 'ushort', 'unsigned', 16),
    ('Int32', 'int', 'signed', 32), ('UInt32', 'uint', 'unsigned', 32),
    ('Int64', 'long', 'signed', 64), ('UInt64', 'ulong', 'unsigned', 64),
    ('Single', 'float', 'float', 32), ('Double', 'double', 'float', 64),
    ('Decimal', 'decimal', 'decimal', 128),
]


def gen(name, k, kind, bits):
    integer = kind in ('signed', 'unsigned')
    signed = kind != 'unsigned'
    if integer:
        itfs = [f'IBinaryInteger<{k}>', f'IMinMaxValue<{k}>', f'ISignedNumber<{k}>' if signed else f'IUnsignedNumber<{k}>']
    elif kind == 'float':
        itfs = [f'IBinaryFloatingPointIeee754<{k}>']
    else:
        itfs = [f'IFloatingPoint<{k}>', f'IMinMaxValue<{k}>']
    o = []
    w = o.append
    w(f'    public readonly partial struct {name} : {", ".join(itfs)}')
    w('    {')
    c = (lambda e: f'({k})({e})') if integer else (lambda e: e)
    for op, itf in (('+', 'IAdditionOperators'), ('-', 'ISubtractionOperators'), ('*', 'IMultiplyOperators'), ('/', 'IDivisionOperators')):
        w(f'        static {k} {itf}<{k}, {k}, {k}>.operator {op}({k} left, {k} right) => {c(f"left {op} right")};')
        if integer:
            w(f'        static {k} {itf}<{k}, {k}, {k}>.operator checked {op}({k} left, {k} right) => checked({c(f"left {op} right")});')
    w(f'        static {k} IModulusOperators<{k}, {k}, {k}>.operator %({k} left, {k} right) => {c("left % right")};')
    neg = c('0 - value') if integer else '-value'
    w(f'        static {k} IUnaryNegationOperators<{k}, {k}>.operator -({k} value) => {neg};')
    if integer:
        w(f'        static {k} IUnaryNegationOperators<{k}, {k}>.operator checked -({k} value) => checked({neg});')
    w(f'        static {k} IUnaryPlusOperators<{k}, {k}>.operator +({k} value) => value;')
    w(f'        static {k} IIncrementOperators<{k}>.operator ++({k} value) => {c("value + 1")};')
    w(f'        static {k} IDecrementOperators<{k}>.operator --({k} value) => {c("value - 1")};')
    if integer:
        w(f'        static {k} IIncrementOperators<{k}>.operator checked ++({k} value) => checked({c("value + 1")});')
        w(f'        static {k} IDecrementOperators<{k}>.operator checked --({k} value) => checked({c("value - 1")});')
    for op in ('==', '!='):
        w(f'        static bool IEqualityOperators<{k}, {k}, bool>.operator {op}({k} left, {k} right) => left {op} right;')
    for op in ('<', '<=', '>', '>='):
        w(f'        static bool IComparisonOperators<{k}, {k}, bool>.operator {op}({k} left, {k} right) => left {op} right;')
    zero, one = ('0m', '1m') if kind == 'decimal' else ('0', '1')
    w(f'        static {k} IAdditiveIdentity<{k}, {k}>.AdditiveIdentity => {zero};')
    w(f'        static {k} IMultiplicativeIdentity<{k}, {k}>.MultiplicativeIdentity => {one};')
    w(f'        static {k} IMinMaxValue<{k}>.MinValue => MinValue;')
    w(f'        static {k} IMinMaxValue<{k}>.MaxValue => MaxValue;')
    w(f'        static {k} INumberBase<{k}>.One => {one};')
    w(f'        static {k} INumberBase<{k}>.Zero => {zero};')
    w(f'        static int INumberBase<{k}>.Radix => {10 if kind == "decimal" else 2};')
    if signed:
        w(f'        static {k} ISignedNumber<{k}>.NegativeOne => -{one};')
    # Number traits.
    if integer:
        abs_ = 'Abs(value)' if signed else 'value'
        w(f'        static {k} INumberBase<{k}>.Abs({k} value) => {abs_};')
        w(f'        static bool INumberBase<{k}>.IsNegative({k} value) => {"value < 0" if signed else "false"};')
        w(f'        static bool INumberBase<{k}>.IsPositive({k} value) => {"value >= 0" if signed else "true"};')
        w(f'        static bool INumberBase<{k}>.IsZero({k} value) => value == 0;')
        w(f'        static bool INumberBase<{k}>.IsInteger({k} value) => true;')
        w(f'        static bool INumberBase<{k}>.IsNaN({k} value) => false;')
        w(f'        static bool INumberBase<{k}>.IsFinite({k} value) => true;')
        w(f'        static bool INumberBase<{k}>.IsInfinity({k} value) => false;')
        w(f'        static bool INumberBase<{k}>.IsEvenInteger({k} value) => (value & 1) == 0;')
        w(f'        static bool INumberBase<{k}>.IsOddInteger({k} value) => (value & 1) != 0;')
        w(f'        static {k} INumber<{k}>.Max({k} x, {k} y) => x >= y ? x : y;')
        w(f'        static {k} INumber<{k}>.Min({k} x, {k} y) => x <= y ? x : y;')
        w(f'        static int INumber<{k}>.Sign({k} value) => value < 0 ? -1 : value > 0 ? 1 : 0;')
        w(f'        static {k} INumber<{k}>.Clamp({k} value, {k} min, {k} max) => Clamp(value, min, max);')
        for op in ('&', '|', '^'):
            w(f'        static {k} IBitwiseOperators<{k}, {k}, {k}>.operator {op}({k} left, {k} right) => {c(f"left {op} right")};')
        w(f'        static {k} IBitwiseOperators<{k}, {k}, {k}>.operator ~({k} value) => {c("~value")};')
        mask = bits - 1
        u = {8: 'byte', 16: 'ushort', 32: 'uint', 64: 'ulong'}[bits]
        w(f'        static {k} IShiftOperators<{k}, int, {k}>.operator <<({k} value, int shiftAmount) => {c(f"value << (shiftAmount & {mask})")};')
        w(f'        static {k} IShiftOperators<{k}, int, {k}>.operator >>({k} value, int shiftAmount) => {c(f"value >> (shiftAmount & {mask})")};')
        w(f'        static {k} IShiftOperators<{k}, int, {k}>.operator >>>({k} value, int shiftAmount) => {c(f"({u})value >>> (shiftAmount & {mask})")};')
        w(f'        static {k} IBinaryNumber<{k}>.AllBitsSet => unchecked({c("~0" if bits < 64 or signed else "~0UL")});')
        w(f'        static bool IBinaryNumber<{k}>.IsPow2({k} value) => IsPow2(value);')
        w(f'        static {k} IBinaryNumber<{k}>.Log2({k} value) => Log2(value);')
        for m in ('LeadingZeroCount', 'PopCount', 'TrailingZeroCount'):
            w(f'        static {k} IBinaryInteger<{k}>.{m}({k} value) => {m}(value);')
        for m in ('RotateLeft', 'RotateRight'):
            w(f'        static {k} IBinaryInteger<{k}>.{m}({k} value, int rotateAmount) => {m}(value, rotateAmount);')
    elif kind == 'float':
        cast = '(float)' if k == 'float' else ''
        w(f'        static {k} INumberBase<{k}>.Abs({k} value) => Math.Abs(value);')
        w(f'        static bool INumberBase<{k}>.IsNegative({k} value) => IsNegative(value);')
        w(f'        static bool INumberBase<{k}>.IsPositive({k} value) => !IsNegative(value);')
        w(f'        static bool INumberBase<{k}>.IsZero({k} value) => value == 0;')
        w(f'        static bool INumberBase<{k}>.IsNaN({k} value) => value != value;')
        w(f'        static bool INumberBase<{k}>.IsFinite({k} value) => IsFinite(value);')
        w(f'        static bool INumberBase<{k}>.IsInfinity({k} value) => IsInfinity(value);')
        w(f'        static bool INumberBase<{k}>.IsPositiveInfinity({k} value) => IsPositiveInfinity(value);')
        w(f'        static bool INumberBase<{k}>.IsNegativeInfinity({k} value) => IsNegativeInfinity(value);')
        w(f'        static bool INumberBase<{k}>.IsInteger({k} value) => IsFinite(value) && value == Math.Truncate(value);')
        w(f'        static {k} INumber<{k}>.Max({k} x, {k} y) => Math.Max(x, y);')
        w(f'        static {k} INumber<{k}>.Min({k} x, {k} y) => Math.Min(x, y);')
        w(f'        static int INumber<{k}>.Sign({k} value) => Math.Sign(value);')
        for m in ('Ceiling', 'Floor', 'Round', 'Truncate'):
            w(f'        static {k} IFloatingPoint<{k}>.{m}({k} x) => {cast}Math.{m}(x);')
        w(f'        static {k} IFloatingPoint<{k}>.Round({k} x, int digits) => {cast}Math.Round(x, digits);')
        w(f'        static {k} IRootFunctions<{k}>.Sqrt({k} x) => {cast}Math.Sqrt(x);')
        w(f'        static {k} IRootFunctions<{k}>.Cbrt({k} x) => {cast}Math.Cbrt(x);')
        w(f'        static {k} IFloatingPointConstants<{k}>.E => {cast}Math.E;')
        w(f'        static {k} IFloatingPointConstants<{k}>.Pi => {cast}Math.PI;')
        w(f'        static {k} IFloatingPointConstants<{k}>.Tau => {cast}Math.Tau;')
        for m in ('Epsilon', 'NaN', 'NegativeInfinity', 'PositiveInfinity'):
            w(f'        static {k} IFloatingPointIeee754<{k}>.{m} => {m};')
        w(f'        static {k} IFloatingPointIeee754<{k}>.NegativeZero => -0.0{"f" if k == "float" else ""};')
        ib, bk = ('int', 'SingleToInt32Bits') if k == 'float' else ('long', 'DoubleToInt64Bits')
        back = 'Int32BitsToSingle' if k == 'float' else 'Int64BitsToDouble'
        for op in ('&', '|', '^'):
            w(f'        static {k} IBitwiseOperators<{k}, {k}, {k}>.operator {op}({k} left, {k} right) => BitConverter.{back}(BitConverter.{bk}(left) {op} BitConverter.{bk}(right));')
        w(f'        static {k} IBitwiseOperators<{k}, {k}, {k}>.operator ~({k} value) => BitConverter.{back}(~BitConverter.{bk}(value));')
        w(f'        static bool IBinaryNumber<{k}>.IsPow2({k} value) => value > 0 && IsFinite(value) && {cast}Math.Pow(2, Math.Floor(Math.Log2(value))) == value;')
        w(f'        static {k} IBinaryNumber<{k}>.Log2({k} value) => {cast}Math.Log2(value);')
    else:  # decimal
        w(f'        static {k} INumberBase<{k}>.Abs({k} value) => value < 0m ? -value : value;')
        w(f'        static bool INumberBase<{k}>.IsNegative({k} value) => value < 0m;')
        w(f'        static bool INumberBase<{k}>.IsPositive({k} value) => value >= 0m;')
        w(f'        static bool INumberBase<{k}>.IsZero({k} value) => value == 0m;')
        w(f'        static bool INumberBase<{k}>.IsNaN({k} value) => false;')
        w(f'        static bool INumberBase<{k}>.IsFinite({k} value) => true;')
        w(f'        static bool INumberBase<{k}>.IsInfinity({k} value) => false;')
        w(f'        static bool INumberBase<{k}>.IsInteger({k} value) => value == Truncate(value);')
        for m in ('Ceiling', 'Floor', 'Round', 'Truncate'):
            w(f'        static {k} IFloatingPoint<{k}>.{m}({k} x) => {m}(x);')
        w(f'        static {k} IFloatingPoint<{k}>.Round({k} x, int digits) => Round(x, digits);')
    # The remaining static virtual members, implemented explicitly as well: dotnode's constrained
    # calls do not reach default interface bodies of static members correctly yet.
    isnan = 'value != value' if kind == 'float' else 'false'
    w(f'        static bool INumberBase<{k}>.IsCanonical({k} value) => true;')
    w(f'        static bool INumberBase<{k}>.IsComplexNumber({k} value) => false;')
    w(f'        static bool INumberBase<{k}>.IsImaginaryNumber({k} value) => false;')
    w(f'        static bool INumberBase<{k}>.IsRealNumber({k} value) => !({isnan});')
    if kind != 'float':
        w(f'        static bool INumberBase<{k}>.IsNegativeInfinity({k} value) => false;')
        w(f'        static bool INumberBase<{k}>.IsPositiveInfinity({k} value) => false;')
        w(f'        static bool INumberBase<{k}>.IsNormal({k} value) => value != {zero};')
        w(f'        static bool INumberBase<{k}>.IsSubnormal({k} value) => false;')
    else:
        w(f'        static bool INumberBase<{k}>.IsNormal({k} value) => IsNormal(value);')
        w(f'        static bool INumberBase<{k}>.IsSubnormal({k} value) => {"IsSubnormal(value)" if k == "double" else "value != 0 && IsFinite(value) && Math.Abs(value) < 1.17549435E-38f"};')
        w(f'        static bool INumberBase<{k}>.IsEvenInteger({k} value) => IsFinite(value) && value == Math.Truncate(value) && value % 2 == 0;')
        w(f'        static bool INumberBase<{k}>.IsOddInteger({k} value) => IsFinite(value) && value == Math.Truncate(value) && Math.Abs(value % 2) == 1;')
        for op, itf in (('+', 'IAdditionOperators'), ('-', 'ISubtractionOperators'), ('*', 'IMultiplyOperators'), ('/', 'IDivisionOperators')):
            w(f'        static {k} {itf}<{k}, {k}, {k}>.operator checked {op}({k} left, {k} right) => left {op} right;')
        w(f'        static {k} IUnaryNegationOperators<{k}, {k}>.operator checked -({k} value) => -value;')
        w(f'        static {k} IIncrementOperators<{k}>.operator checked ++({k} value) => value + 1;')
        w(f'        static {k} IDecrementOperators<{k}>.operator checked --({k} value) => value - 1;')
        ib, bk, back = ('int', 'SingleToInt32Bits', 'Int32BitsToSingle') if k == 'float' else ('long', 'DoubleToInt64Bits', 'Int64BitsToDouble')
        w(f'        static {k} IBinaryNumber<{k}>.AllBitsSet => BitConverter.{back}(-1);')
    if kind == 'decimal':
        for op, itf in (('+', 'IAdditionOperators'), ('-', 'ISubtractionOperators'), ('*', 'IMultiplyOperators'), ('/', 'IDivisionOperators')):
            w(f'        static {k} {itf}<{k}, {k}, {k}>.operator checked {op}({k} left, {k} right) => left {op} right;')
        w(f'        static {k} IUnaryNegationOperators<{k}, {k}>.operator checked -({k} value) => -value;')
        w(f'        static {k} IIncrementOperators<{k}>.operator checked ++({k} value) => value + 1m;')
        w(f'        static {k} IDecrementOperators<{k}>.operator checked --({k} value) => value - 1m;')
        w(f'        static bool INumberBase<{k}>.IsEvenInteger({k} value) => value == Truncate(value) && value % 2m == 0m;')
        w(f'        static bool INumberBase<{k}>.IsOddInteger({k} value) => value == Truncate(value) && Math.Abs(value % 2m) == 1m;')
        w(f'        static {k} INumber<{k}>.Max({k} x, {k} y) => x >= y ? x : y;')
        w(f'        static {k} INumber<{k}>.Min({k} x, {k} y) => x <= y ? x : y;')
        w(f'        static int INumber<{k}>.Sign({k} value) => value < 0m ? -1 : value > 0m ? 1 : 0;')
    absx = 'Math.Abs(x)' if kind != 'unsigned' else 'x'
    absy = 'Math.Abs(y)' if kind != 'unsigned' else 'y'
    if kind == 'signed':
        absx, absy = ('(x < 0 ? -(long)x : (long)x)', '(y < 0 ? -(long)y : (long)y)') if bits < 64 else ('(x < 0 ? (ulong)(0 - x) : (ulong)x)', '(y < 0 ? (ulong)(0 - y) : (ulong)y)')
    w(f'        static {k} INumberBase<{k}>.MaxMagnitude({k} x, {k} y) => {absx} > {absy} ? x : {absx} < {absy} ? y : {"x >= y ? x : y" if kind != "float" else "Math.Max(x, y)"};')
    w(f'        static {k} INumberBase<{k}>.MinMagnitude({k} x, {k} y) => {absx} < {absy} ? x : {absx} > {absy} ? y : {"x <= y ? x : y" if kind != "float" else "Math.Min(x, y)"};')
    w(f'        static {k} INumberBase<{k}>.MaxMagnitudeNumber({k} x, {k} y) => {absx} > {absy} ? x : {absx} < {absy} ? y : {"x >= y ? x : y" if kind != "float" else "Math.Max(x, y)"};')
    w(f'        static {k} INumberBase<{k}>.MinMagnitudeNumber({k} x, {k} y) => {absx} < {absy} ? x : {absx} > {absy} ? y : {"x <= y ? x : y" if kind != "float" else "Math.Min(x, y)"};')
    w(f'        static {k} INumberBase<{k}>.MultiplyAddEstimate({k} left, {k} right, {k} addend) => {c("left * right + addend")};')
    w(f'        static {k} INumberBase<{k}>.Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);')
    w(f'        static {k} INumberBase<{k}>.Parse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style, IFormatProvider provider) => Parse(new string(s), style, provider);')
    w(f'        static bool INumberBase<{k}>.TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out {k} result) => TryParse(s, style, provider, out result);')
    w(f'        static bool INumberBase<{k}>.TryParse(ReadOnlySpan<char> s, System.Globalization.NumberStyles style, IFormatProvider provider, out {k} result) => TryParse(new string(s), style, provider, out result);')
    if kind == 'float':
        w(f'        static {k} INumber<{k}>.Clamp({k} value, {k} min, {k} max) => Math.Clamp(value, min, max);')
        w(f'        static {k} INumber<{k}>.CopySign({k} value, {k} sign) => {"(float)" if k == "float" else ""}Math.CopySign(value, sign);')
        w(f'        static {k} INumber<{k}>.MaxNumber({k} x, {k} y) => x != x ? y : y != y ? x : Math.Max(x, y);')
        w(f'        static {k} INumber<{k}>.MinNumber({k} x, {k} y) => x != x ? y : y != y ? x : Math.Min(x, y);')
    else:
        if kind != 'decimal':
            pass
        w(f'        static {k} INumber<{k}>.MaxNumber({k} x, {k} y) => x >= y ? x : y;')
        w(f'        static {k} INumber<{k}>.MinNumber({k} x, {k} y) => x <= y ? x : y;')
        neg = 'value' if kind == 'unsigned' else f'(value < {zero}) == (sign < {zero}) ? value : {c("0 - value") if integer else "-value"}'
        if kind == 'signed':
            neg = f'(value < 0) == (sign < 0) ? value : checked({c("0 - value")})'
        w(f'        static {k} INumber<{k}>.CopySign({k} value, {k} sign) => {neg};')
    if kind == 'decimal':
        w(f'        static {k} INumber<{k}>.Clamp({k} value, {k} min, {k} max) => Math.Clamp(value, min, max);')
    if integer:
        w(f'        static ({k} Quotient, {k} Remainder) IBinaryInteger<{k}>.DivRem({k} left, {k} right) => DivRem(left, right);')
    for mode, m in ((0, 'CreateChecked'), (1, 'CreateSaturating'), (2, 'CreateTruncating')):
        w(f'        public static {k} {m}<TOther>(TOther value) where TOther : INumberBase<TOther> => GenericMath.Convert<TOther, {k}>(value, {mode});')
    # Parsing.
    w(f'        static {k} IParsable<{k}>.Parse(string s, IFormatProvider provider) => Parse(s);')
    w(f'        static bool IParsable<{k}>.TryParse(string s, IFormatProvider provider, out {k} result) => TryParse(s, out result);')
    w(f'        static {k} ISpanParsable<{k}>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(new string(s));')
    w(f'        static bool ISpanParsable<{k}>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out {k} result) => TryParse(new string(s), out result);')
    w('    }')
    return '\n'.join(o)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parts = [
        '// <auto-generated> by gen_generic_math.py: the primitive types\' generic-math implementations.',
        'using System.Numerics;',
        '',
        'namespace System',
        '{',
        '\n\n'.join(gen(*t) for t in TYPES),
        '}',
        '',
    ]
    with open(os.path.join(here, 'GenericMath.Impl.cs'), 'w') as f:
        f.write('\n'.join(parts))


main()
