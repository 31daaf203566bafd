/** Every precomposed Vietnamese letter with a mark, in lower case: the vowels with their tones and marks, and đ. */
export const VIETNAMESE_MARKED_LETTERS = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
