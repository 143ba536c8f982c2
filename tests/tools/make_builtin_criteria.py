#!/usr/bin/env python3
"""Writes the built-in criteria sets (resources/criteria/*.json) from the shared research files and the seed plans.

Run from the repository root with the shared folder beside it:
    python3 tests/tools/make_builtin_criteria.py ../shared
The Đơn vị học tập sets are converted from shared/criteria/don-vi-hoc-tap.json (Thông tư 24/2023/TT-BGDĐT); the award
criteria are copied from seed plans 003 (282/KH-NK) §IV.1 and 000 (27/KH-MNgS) §III.1; the Công dân học tập set keeps
only what is known (3 competency groups, 10 chỉ số of 10 points, pass at 80 with no chỉ số under 5) and marks every
item unconfirmed."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "criteria"

DVHT_EVIDENCE = ("Minh chứng phù hợp do đơn vị lưu giữ (Thông tư không quy định danh mục minh chứng cho từng chỉ tiêu); "
                 "chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt (Điều 9 khoản 3, Điều 15 khoản 3).")
RATE_EVIDENCE = ("Danh sách Thành viên trong đơn vị và danh sách những người đạt, số liệu từ 01/01 đến 31/12 của năm "
                 "đánh giá (Điều 10 khoản 1 điểm b). " + DVHT_EVIDENCE)
CONDITIONAL_NOTE = ("Chỉ tiêu chỉ áp dụng cho {who}; Thông tư không nói cách ghi chỉ tiêu không áp dụng cho đơn vị "
                    "(ghi “không áp dụng” là cách hiểu, không phải lời văn bản).")
LEARNERS_NOTE = ("Theo định nghĩa “Người học” (Điều 2 khoản 8), tỷ lệ người học chỉ áp dụng cho cơ sở giáo dục cấp "
                 "trung học phổ thông trở lên; trường mầm non, tiểu học, trung học cơ sở không có “Người học” theo "
                 "nghĩa này (cách hiểu, cần đối chiếu).")


def leaf(code, text, kind="pass_fail", **extra):
    item = {"code": code, "text": text, "kind": kind}
    item.update({k: v for k, v in extra.items() if v not in (None, "", False)})
    return item


def dvht_indicator(ind):
    text = ind["text_vi"]
    applies = ind.get("applies_to")
    threshold = ind.get("threshold", {})
    note = CONDITIONAL_NOTE.format(who=applies) if applies else None
    if "min_percent_members_CDHT" in threshold:
        members = threshold["min_percent_members_CDHT"]
        learners = threshold["min_percent_learners_CDHT_for_education_establishments"]
        return {
            "code": ind["code"], "text": text, "items": [
                leaf(ind["code"] + ".a", "Tỷ lệ Thành viên trong đơn vị đạt danh hiệu “Công dân học tập”", "rate",
                     threshold=members, evidence=RATE_EVIDENCE),
                leaf(ind["code"] + ".b",
                     "Tỷ lệ Người học đạt danh hiệu “Công dân học tập” (đơn vị là Cơ sở giáo dục đánh giá, công nhận)",
                     "rate", threshold=learners, evidence=RATE_EVIDENCE, unconfirmed=True, unconfirmed_note=LEARNERS_NOTE),
            ]}
    if "min_percent_of_members" in threshold:
        return leaf(ind["code"], text, "rate", threshold=threshold["min_percent_of_members"], evidence=RATE_EVIDENCE)
    return leaf(ind["code"], text, evidence=DVHT_EVIDENCE, unconfirmed=bool(applies), unconfirmed_note=note)


def dvht_criterion(criterion, indicators, levels, label):
    item = {"code": criterion["code"], "text": criterion["title_vi"] + label, "levels": levels,
            "items": [dvht_indicator(i) for i in indicators]}
    return item


def dvht(shared, scope):
    data = json.loads((shared / "criteria" / "don-vi-hoc-tap.json").read_text(encoding="utf-8"))
    levels = {lv["code"]: lv for lv in data["levels"] if "criteria" in lv}
    crit = {c["code"]: c for lv in levels.values() for c in lv["criteria"]}
    h1, h2 = levels["H1"], levels["H2"]
    first, second = (levels["H1"], levels["H2"]) if scope == "huyen" else (levels["T1"], levels["T2"])
    tc1 = crit["H1.TC1"]
    items = [dvht_criterion(tc1, tc1["indicators"], [1, 2], " (mức độ 1 và mức độ 2)")]
    items.append(dvht_criterion(crit["H1.TC2"], crit["H1.TC2"]["indicators"], [1], " (mức độ 1)"))
    items.append(dvht_criterion(crit["H2.TC2"], crit["H2.TC2"]["indicators"], [2], " (mức độ 2)"))
    tc3_1 = crit[first["code"] + ".TC3"]
    tc3_2 = crit[second["code"] + ".TC3"]
    items.append(dvht_criterion(tc3_1, tc3_1["indicators"], [1], " (mức độ 1)"))
    items.append(dvht_criterion(tc3_2, tc3_2["indicators"], [2], " (mức độ 2)"))
    name = "cấp huyện" if scope == "huyen" else "cấp tỉnh"
    articles = "Điều 6, 7, 8, 9" if scope == "huyen" else "Điều 12, 13, 14, 15"
    return {
        "format": "thidua-criteria", "format_version": 1,
        "key": "don-vi-hoc-tap-cap-" + scope,
        "name": "Đơn vị học tập " + name + " (Thông tư 24/2023/TT-BGDĐT)",
        "target": "school",
        "legal_basis": data["legal_basis"]["document"] + "; " + articles,
        "note": ("Mỗi tiêu chí, chỉ tiêu được đánh giá đạt hoặc không đạt; đơn vị được công nhận ở một mức độ khi đạt "
                 "đầy đủ các tiêu chí, chỉ tiêu của mức độ đó. Tiêu chí 1 của mức độ 2 là tiêu chí 1 của mức độ 1. "
                 "Số liệu từ 01/01 đến 31/12 của năm đánh giá."),
        "rule": {"kind": "levels", "levels": [{"level": 1, "name": "Mức độ 1"}, {"level": 2, "name": "Mức độ 2"}]},
        "items": items,
    }


def cdht():
    draft = ("Nội dung chỉ số theo Quyết định 324/QĐ-KHVN chưa tìm thấy; lời văn lấy từ bản dự thảo năm 2020 của Hội "
             "Khuyến học Việt Nam (không phải văn bản QĐ 324).")
    groups = [
        ("NL1", "Năng lực tự học và học tập suốt đời", [
            "Đọc, cập nhật thông tin", "Xây dựng kế hoạch học tập",
            "Sắp xếp công việc để tham gia hoạt động tại nhà văn hóa, câu lạc bộ, thư viện…",
            "Động viên người thân, đồng nghiệp học tập"]),
        ("NL2", "Năng lực sử dụng các công cụ tương tác", [
            "Sử dụng công nghệ thông tin", "Sử dụng ngoại ngữ theo yêu cầu công việc",
            "Kỹ năng tính toán để cải tiến công việc", "Tư duy biện chứng, phản biện"]),
        ("NL3", "Năng lực xây dựng và thực hiện các mối quan hệ xã hội", [
            "Quan hệ thân thiện, tránh xung đột", "Hợp tác, chia sẻ"]),
    ]
    items, n = [], 0
    for code, name, skills in groups:
        children = []
        for skill in skills:
            n += 1
            children.append(leaf(f"{code}.CS{n}", skill, "points", maximum=10,
                                 evidence="Kết quả tự đánh giá trên congdanhoctap.vn (ảnh chụp hoặc tệp PDF)",
                                 unconfirmed=True, unconfirmed_note=draft))
        items.append({"code": code, "text": name, "unconfirmed": True,
                      "unconfirmed_note": "Tên nhóm năng lực theo mô tả của địa phương (nguồn thứ cấp).",
                      "items": children})
    return {
        "format": "thidua-criteria", "format_version": 1,
        "key": "cong-dan-hoc-tap",
        "name": "Công dân học tập (Quyết định 324/QĐ-KHVN)",
        "target": "people",
        "status_only": True,
        "legal_basis": ("Quyết định số 324/QĐ-KHVN ngày 25/10/2023 của Ban Chấp hành Trung ương Hội Khuyến học Việt "
                        "Nam ban hành Bộ tiêu chí và Hướng dẫn đánh giá, công nhận danh hiệu “Công dân học tập” giai "
                        "đoạn 2021–2030"),
        "note": ("Bộ trạng thái: mỗi người tự đánh giá trên nền tảng của Hội Khuyến học (congdanhoctap.vn); nhà trường "
                 "ghi đạt / không đạt / chưa đánh giá theo từng năm học, có thể kèm điểm. Quy tắc đạt được biết qua "
                 "báo chí: từ 80 điểm trở lên trên 100 điểm, không có chỉ số nào dưới 5 điểm."),
        "rule": {"kind": "points", "min_total": 80, "min_each": 5},
        "items": items,
    }


def award(key, name, target, basis, note, texts, collective_kind=None, kinds=None):
    kinds = kinds or {}
    items = []
    for i, text in enumerate(texts, 1):
        extra = kinds.get(i, {})
        items.append(leaf(f"TC{i}", text, extra.pop("kind", "pass_fail"), **extra))
    result = {"format": "thidua-criteria", "format_version": 1, "key": key, "name": name, "target": target}
    if collective_kind:
        result["collective_kind"] = collective_kind
    result.update({"legal_basis": basis, "note": note, "rule": {"kind": "all_pass"}, "items": items})
    return result


NK = "Kế hoạch số 282/KH-NK ngày 20/9/2024 của Trường THPT Nguyễn Khuyến, mục IV.1"
MN = "Kế hoạch số 27/KH-MNgS ngày 06/3/2024 của Trường Mầm non Hương Sen, mục III.1"
QD324 = ("Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023 của Hội Khuyến học Việt Nam")


def seeds():
    sets = []
    sets.append(award("thi-dua-hoi-dong-su-pham", "Tiêu chí thi đua: tập thể Hội đồng Sư phạm nhà trường", "school",
                      NK + " điểm a", "Tiêu chí thi đua của Phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy "
                      "mạnh học tập suốt đời giai đoạn 2023 – 2030”.", [
        "Ứng dụng mạnh mẽ công nghệ số và dạy học trực tuyến trong tổ chức các hoạt động giảng dạy, góp phần nâng cao "
        "hiệu quả hoạt động của cơ sở giáo dục và đào tạo, đáp ứng nhu cầu học tập của xã hội.",
        "Đầu tư có hiệu quả các nguồn lực, bao gồm tài chính, cơ sở vật chất, hạ tầng, trang thiết bị và những điều "
        "kiện bảo đảm để đáp ứng nhu cầu học tập của công chức, viên chức, người lao động trong cơ quan, đơn vị.",
        "Triển khai phong trào thi đua thiết thực, hiệu quả với nội dung, hình thức phong phú, đa dạng để tuyên "
        "truyền, phổ biến nâng cao nhận thức cho cán bộ, công chức, viên chức, người lao động trong cơ quan, đơn vị về "
        "học tập suốt đời, xây dựng xã hội học tập; củng cố và hình thành thói quen chủ động, tự giác học tập, cập "
        "nhật kiến thức trên môi trường công nghệ cho cán bộ, công chức, viên chức, người lao động trong cơ quan, đơn "
        "vị.",
        "Có tỷ lệ cán bộ, công chức, viên chức, người lao động được công nhận danh hiệu “Công dân học tập” theo quy "
        "định tại " + QD324 + " ban hành Bộ tiêu chí và Hướng dẫn đánh giá, công nhận danh hiệu “Công dân học tập” "
        "giai đoạn 2021- 2030 (sau đây viết tắt là Quyết định số 324/QĐ-KHVN) đạt và vượt mục tiêu xây dựng mô hình "
        "“Công dân học tập” theo Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022 của Thủ tướng Chính phủ Phê duyệt "
        "Chương trình “Xây dựng mô hình công dân học tập giai đoạn 2021- 2030”.",
        "Được công nhận “Đơn vị học tập cấp thành phố” theo quy định tại Thông tư số 24/2023/TT-BGDDT ngày 11 tháng 12 "
        "năm 2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh (sau đây "
        "viết tắt là Thông tư số 24/2023/TT-BGDDT).",
    ]))
    sets.append(award("thi-dua-to-chuyen-mon", "Tiêu chí thi đua: tổ chuyên môn", "collective", NK + " điểm b",
                      "Tiêu chí thi đua của các tổ chuyên môn trong năm học.", [
        "Ứng dụng mạnh mẽ công nghệ số và dạy học trực tuyến trong tổ chức các hoạt động giảng dạy, góp phần nâng cao "
        "hiệu quả hoạt động của cơ sở giáo dục và đào tạo, đáp ứng nhu cầu học tập của xã hội.",
        "Xây dựng và triển khai ít nhất 1 mô hình công dân học tập gắn liền với hoạt động chuyên môn của tổ trong năm "
        "học.",
        "Tham gia xây dựng kho học liệu mở phục vụ việc tự học và học tập suốt đời.",
        "Có nhiều sáng kiến, giải pháp hiệu quả trong triển khai Phong trào thi đua được cơ quan có thẩm quyền công "
        "nhận.",
        "Đạt tỷ lệ 100% số thành viên trong tổ được công nhận danh hiệu “Công dân học tập” theo quy định tại " + QD324
        + ".",
    ], collective_kind="subject_group", kinds={
        2: {"kind": "count", "threshold": 1, "unit": "mô hình",
            "evidence": "Kế hoạch và báo cáo kết quả mô hình học tập của tổ trong năm học"},
        5: {"kind": "rate", "threshold": 100,
            "evidence": "Danh sách thành viên của tổ và kết quả “Công dân học tập” từng người"}}))
    sets.append(award("thi-dua-giao-vien-nhan-vien", "Tiêu chí thi đua: giáo viên, nhân viên, người lao động",
                      "staff", NK + " điểm c", "Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của "
                      "Nhà nước, tích cực tham gia Phong trào thi đua và đạt các tiêu chuẩn sau.", [
        "Là cá nhân tiêu biểu, có nhiều đóng góp về công sức, trí tuệ, vật chất xây dựng xã hội học tập ở cơ quan, đơn "
        "vị, địa phương.",
        "Có giải pháp, sáng kiến hiệu quả trong tổ chức, triển khai Phong trào thi đua được cấp có thẩm quyền công "
        "nhận.",
        "Được công nhận danh hiệu “Công dân học tập” theo quy định tại Quyết định số 324/QĐ-KHVN của Hội Khuyến học "
        "Việt Nam.",
    ], kinds={2: {"evidence": "Quyết định hoặc giấy chứng nhận công nhận sáng kiến, giải pháp"},
              3: {"evidence": "Kết quả “Công dân học tập” của năm học"}}))
    sets.append(award("thi-dua-hoc-sinh", "Tiêu chí thi đua: học sinh", "students", NK + " điểm c",
                      "Tiêu chí thi đua đối với học sinh.", [
        "Thực hiện đầy đủ quyền và nghĩa vụ của người học theo quy định của Bộ Giáo dục và Đào tạo",
        "Kết quả học tập và rèn luyện đạt yêu cầu theo các văn bản quy định về đánh giá học sinh của Bộ Giáo dục và "
        "Đào tạo.",
        "Không vi phạm các quy định của cơ sở giáo dục và đào tạo, quy định pháp luật của Nhà nước đến mức bị xử lý "
        "kỷ luật từ mức khiển trách trở lên.",
        "Có năng lực tự học, tự nghiên cứu; tham gia nghiên cứu khoa học, định hướng phát triển nghề nghiệp bản thân.",
        "Đạt giải cấp Thành phố các cuộc thi học thuật, hội thi NCKH... trong năm học.",
    ], kinds={5: {"evidence": "Giấy chứng nhận đạt giải"}}))
    sets.append(award("thi-dua-ban-giam-hieu", "Tiêu chí thi đua: Ban giám hiệu nhà trường", "staff", MN + " điểm a",
                      "Tiêu chí thi đua đối với Ban giám hiệu nhà trường.", [
        "Kịp thời tham mưu, góp ý cho các cấp lãnh đạo hoàn thiện các cơ chế, chính sách thúc đẩy học tập suốt đời, "
        "xây dựng xã hội học tập.",
        "Quan tâm đầu tư kinh phí, cơ sở vật chất, trang thiết bị và những điều kiện bảo đảm để đáp ứng nhu cầu học "
        "tập của viên chức, người lao động trong nhà trường.",
        "Đề ra các nội dung, giải pháp sáng tạo, đặc thù, thiết thực, phù hợp với tình hình và điều kiện của nhà "
        "trường để triển khai có hiệu quả công tác xây dựng xã hội học tập; có nhiều giải pháp, sáng kiến hiệu quả "
        "trong triển khai thực hiện Phong trào thi đua.",
        "Tổ chức các phong trào thi đua thiết thực, hiệu quả với nội dung, hình thức phong phú, đa dạng để tuyên "
        "truyền, phổ biến nâng cao nhận thức cho cán bộ, viên chức, người lao động trong nhà trường về học tập suốt "
        "đời.",
        "Chủ động xây dựng kế hoạch đào tạo, bồi dưỡng cho Giáo viên, nhân viên, các chương trình và tài liệu học tập "
        "theo chức năng, nhiệm vụ của cơ quan, đơn vị.",
    ]))
    sets.append(award("thi-dua-giao-vien-nhan-vien-mn", "Tiêu chí thi đua: giáo viên, nhân viên (mầm non)", "staff",
                      MN + " điểm b", "Tiêu chí thi đua đối với giáo viên, nhân viên.", [
        "Tích cực tuyên truyền, vận động công đoàn viên, đoàn viên, phụ huynh tiên phong thực hiện Phong trào thi đua, "
        "tạo sự đồng thuận, lan tỏa trong xã hội về xây dựng xã hội học tập, học tập suốt đời.",
    ]))
    return sets


def main():
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared")
    files = {"don_vi_hoc_tap_cap_huyen.json": dvht(shared, "huyen"),
             "don_vi_hoc_tap_cap_tinh.json": dvht(shared, "tinh"), "cong_dan_hoc_tap.json": cdht()}
    for s in seeds():
        files[s["key"].replace("-", "_") + ".json"] = s
    for name, content in files.items():
        (OUT / name).write_text(json.dumps(content, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
