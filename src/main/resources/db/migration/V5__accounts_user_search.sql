-- Accent-insensitive search of accounts by user name and display name: the folded form (Text.fold: no
-- diacritics, "đ" → "d", lower case) is kept beside the originals and written by the accounts module.
-- Searches match anywhere in the text, so no index: lists are narrow already by the manager's area.
alter table app_user add column search_folded text not null default '';

-- Rows created before this column existed get the same fold, computed here once.
update app_user set search_folded = translate(lower(username || ' ' || display_name),
    'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd');
